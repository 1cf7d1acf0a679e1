package nl.thuisbasis.reports.handling;

import jakarta.servlet.http.HttpServletResponse;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.reports.routing.RoutingRules;
import nl.thuisbasis.reports.template.ReplyTemplates;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The staff pages of reports: the queue and handling one report. */
@Controller
class HandlingPageController {

    static final int PAGE_SIZE = 100;

    private final Handling handling;
    private final ReplyTemplates templates;
    private final Organisations organisations;
    private final Forms forms;

    HandlingPageController(Handling handling, ReplyTemplates templates, Organisations organisations, Forms forms) {
        this.handling = handling;
        this.templates = templates;
        this.organisations = organisations;
        this.forms = forms;
    }

    @GetMapping("/meldingen")
    String queue(@ModelAttribute("filter") QueueFilter filter, BindingResult binding, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        filter = QueueFilter.entered(filter, binding);
        // a filter in the address bar that cannot be read: say so, and show what the rest of it selects
        model.addAttribute("filterProblem", binding.hasErrors());
        PageQuery paging = new PageQuery(filter.pageOrFirst(), PAGE_SIZE);
        Scope scope = filter.scopeOr(Scope.openingFor(user));
        Handling.Queue queue = handling.queue(user, new HandlingRepository.QueueQuery(scope, !filter.showClosed(),
                filter.showOverdueOnly(), filter.facility(), filter.since()), paging);
        model.addAttribute("filter", filter);
        model.addAttribute("locatie", filter.facility() == null ? "" : filter.facility().toString());
        model.addAttribute("sinds", filter.since() == null ? "" : filter.since().toString());
        model.addAttribute("since", filter.since());
        model.addAttribute("items", queue.items());
        model.addAttribute("total", queue.total());
        model.addAttribute("page", paging.page());
        model.addAttribute("pages", paging.totalPages(queue.total()));
        model.addAttribute("scope", scope.name());
        model.addAttribute("afgehandeld", filter.showClosed());
        model.addAttribute("teLaat", filter.showOverdueOnly());
        model.addAttribute("overdueCount", queue.overdue());
        model.addAttribute("organisationName", user.organisation().name());
        model.addAttribute("keepsRules", RoutingRules.keepsRules(user));
        return "reports/queue";
    }

    @GetMapping("/meldingen/{id}")
    String open(@PathVariable ReportId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Handling.Detail detail = handling.open(user, id).orElseThrow(HandlingPageController::notFound);
        return show(detail, user, StatusForm.EMPTY, model);
    }

    @PostMapping("/meldingen/{id}/stand")
    String change(@PathVariable ReportId id, @ModelAttribute("form") StatusForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        form = Forms.entered(form, binding, StatusForm.class);
        String reply = form.publicNote();
        if ((reply == null || reply.isBlank()) && form.templateId() != null) {
            // without JavaScript the chosen template is not copied into the field: use it as the reply
            reply = templates.body(user, form.templateId()).orElse(null);
        }
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Handling.REFUSED, handling.problems(user, id, form.change(reply)));
            }
            handling.changeStatus(user, id, form.change(reply));
            return "redirect:/meldingen/" + id + "?bijgewerkt";
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.NOT_FOUND) {
                throw refused;
            }
            response.setStatus(refused.status());
            forms.show(model, binding, refused);
            Handling.Detail detail = handling.open(user, id).orElseThrow(HandlingPageController::notFound);
            return show(detail, user, form, model);
        }
    }

    @PostMapping("/meldingen/{id}/doorsturen")
    String forward(@PathVariable ReportId id, @ModelAttribute("forwardForm") ForwardForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        form = Forms.entered(form, binding, ForwardForm.class);
        try {
            // a report forwarded away from the user's own queue may be out of sight now: then back to the queue
            return handling.forward(user, id, form.forward()) ? "redirect:/meldingen/" + id + "?doorgestuurd"
                    : "redirect:/meldingen?doorgestuurd";
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.NOT_FOUND) {
                throw refused;
            }
            response.setStatus(refused.status());
            forms.show(model, binding, refused);
            model.addAttribute("forwardForm", form);
            Handling.Detail detail = handling.open(user, id).orElseThrow(HandlingPageController::notFound);
            return show(detail, user, StatusForm.EMPTY, model);
        }
    }

    private String show(Handling.Detail detail, CurrentUser user, StatusForm form, Model model) {
        if (!model.containsAttribute("forwardForm")) {
            model.addAttribute("forwardForm", ForwardForm.EMPTY);
        }
        model.addAttribute("forwardQueues", handling.forwardQueues());
        model.addAttribute("report", detail);
        model.addAttribute("next", Handling.next(detail.item().status()));
        model.addAttribute("templates", templates.forUser(user));
        model.addAttribute("routedToName", detail.item().routedTo() == null ? null : organisations.nameOf(detail.item().routedTo()));
        model.addAttribute("form", form);
        return "reports/handle";
    }

    private static Refused notFound() {
        return Refused.notFound(Problem.of("report.problem.report.unknown"));
    }
}
