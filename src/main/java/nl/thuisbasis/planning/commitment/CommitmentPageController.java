package nl.thuisbasis.planning.commitment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.planning.common.PlanningAccess;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.ListPage;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Region;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The commitments page: totals per year, the commitments, and the corporation's form. */
@Controller
class CommitmentPageController {

    private final Commitments commitments;
    private final PlanningAccess access;
    private final Organisations organisations;
    private final Forms forms;
    private final OnceOnly once;

    CommitmentPageController(Commitments commitments, PlanningAccess access, Organisations organisations, Forms forms, OnceOnly once) {
        this.commitments = commitments;
        this.access = access;
        this.organisations = organisations;
        this.forms = forms;
        this.once = once;
    }

    @GetMapping("/planning/toezeggingen")
    String list(@RequestParam(required = false) Integer jaar, @RequestParam(required = false) Integer pagina,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request) {
        access.reader(user);
        return page(user, jaar, pagina, model, request);
    }

    private String page(CurrentUser user, Integer year, Integer pagina, Model model, HttpServletRequest request) {
        Region region = access.regionFor(user);
        PageQuery paging = ListPage.query(pagina);
        model.addAttribute("region", region);
        model.addAttribute("year", year);
        model.addAttribute("years", access.years());
        model.addAttribute("yearChoices", access.years().stream().map(y -> new Choice(y.toString(), y.toString())).toList());
        model.addAttribute("totals", commitments.totals(region.code()));
        model.addAttribute("commitments", commitments.list(region.code(), year, paging.pageSize(), paging.offset()));
        model.addAttribute("pager", ListPage.of(paging, (int) commitments.count(region.code(), year), request));
        model.addAttribute("names", access.municipalityNames(region));
        model.addAttribute("municipalityChoices", access.municipalityChoices(region));
        model.addAttribute("organisations", organisations);
        model.addAttribute("corporation", user.role() == Role.CORPORATION);
        if (!model.containsAttribute("commitmentForm")) {
            model.addAttribute("commitmentForm", CommitmentForm.empty());
        }
        return "planning/commitments";
    }

    @PostMapping("/planning/toezeggingen")
    String create(@ModelAttribute("commitmentForm") CommitmentForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        CommitmentForm entered = Forms.entered(form, binding, CommitmentForm.class);
        model.addAttribute("commitmentForm", entered);
        try {
            access.role(user, Role.CORPORATION, "planning.problem.role.commitment");
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Commitments.REFUSED, commitments.problems(access.regionFor(user), entered.municipality(),
                        entered.year(), entered.dwellings(), entered.note()).stream()
                        .filter(p -> p.field() == null || !binding.hasFieldErrors(p.field())).toList());
            }
            String path = once.submit(entered.onceToken(), "planning.commitment", () -> "/planning/toezeggingen?jaar=" + entered.year()
                    + "&toezegging=" + commitments.record(user, entered.municipality(), entered.year(), entered.dwellings(), entered.note()));
            return "redirect:" + path;
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.FORBIDDEN || e.kind() == Refused.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e);
            return page(user, null, null, model, request);
        }
    }
}
