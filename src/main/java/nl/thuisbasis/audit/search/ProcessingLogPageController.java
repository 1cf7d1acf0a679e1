package nl.thuisbasis.audit.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Admins search the processing log. Searching is itself logged: the log holds personal data. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ProcessingLogPageController {

    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGE_SIZE = 500;

    private final LogSearch searches;
    private final Forms forms;

    ProcessingLogPageController(LogSearch searches, Forms forms) {
        this.searches = searches;
        this.forms = forms;
    }

    @GetMapping("/beheer/logboek")
    String search(@ModelAttribute("form") LogSearchForm form, BindingResult binding,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        form = Forms.entered(form, binding, LogSearchForm.class);
        // a page that cannot be is a wrong address (the error page), not a filter to correct
        PageQuery paging = PageQuery.of(page, pageSize, PAGE_SIZE, MAX_PAGE_SIZE);
        model.addAttribute("form", form);
        model.addAttribute("actions", searches.choices("action"));
        model.addAttribute("objectTypes", searches.choices("object"));
        try {
            // a date that could not be read already says so; the range rule would only repeat it
            List<Problem> problems = form.problems().stream()
                    .filter(p -> p.field() == null || !binding.hasFieldErrors(p.field())).toList();
            if (Forms.unreadable(binding) || !problems.isEmpty()) {
                throw Refused.invalid("invalid", problems);
            }
            LogSearch.Results results = searches.search(form, paging);
            model.addAttribute("results", results);
            if (paging.page() > 1) {
                model.addAttribute("previous", pageLink(request, paging.page() - 1));
            }
            if (results.hasNext()) {
                model.addAttribute("next", pageLink(request, paging.page() + 1));
            }
        } catch (Refused refused) {
            response.setStatus(refused.status());
            forms.show(model, binding, refused);
        }
        return "audit/log";
    }

    /** The same search, another page. */
    private static String pageLink(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("page", page).build().toUriString();
    }
}
