package nl.thuisbasis.outflow.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.platform.ListPage;
import nl.thuisbasis.outflow.common.OutflowRefusals;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tenancy-with-care agreements: the list, one agreement, recording its evaluations ({@code evaluationForm}) and its
 * outcome ({@code outcomeForm}).
 */
@Controller
class TenancyPageController {

    private final Tenancies tenancies;
    private final TenancyReading reading;
    private final Forms forms;

    TenancyPageController(Tenancies tenancies, TenancyReading reading, Forms forms) {
        this.tenancies = tenancies;
        this.reading = reading;
        this.forms = forms;
    }

    @GetMapping("/uitstroom/huurzorg")
    String list(@RequestParam(required = false) Integer pagina, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletRequest request) {
        PageQuery paging = ListPage.query(pagina);
        TenancyReading.TenancyPage page = reading.page(user, paging.offset(), paging.pageSize());
        model.addAttribute("tenancies", page.slice().items());
        model.addAttribute("overdueTotal", page.overdue());
        model.addAttribute("pager", ListPage.of(paging, page.slice().total(), request));
        return "outflow/tenancies";
    }

    @GetMapping("/uitstroom/huurzorg/{id}")
    String tenancy(@PathVariable TenancyId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return tenancyPage(user, id.value(), model);
    }

    /** The page; a form the model does not hold (a refused one does) starts empty: the moment and the dates are chosen. */
    private String tenancyPage(CurrentUser user, UUID id, Model model) {
        Tenancies.TenancyView t = reading.get(user, id).orElseThrow(Refused::notFound);
        boolean keeps = (user.role() == Role.CORPORATION && t.corporationCode().equals(user.organisation().code()))
                || (user.role() == Role.PROVIDER && t.providerCode().equals(user.organisation().code()));
        model.addAttribute("t", t);
        model.addAttribute("keeps", keeps);
        model.addAttribute("outcomes", Tenancies.Outcome.values());
        model.addAttribute("endReasons", Tenancies.EndReason.values());
        List<Tenancies.Evaluation> open = t.evaluations().stream().filter(e -> e.heldOn() == null).toList();
        model.addAttribute("openMoments", open);
        if (model.getAttribute("evaluationForm") == null) {
            model.addAttribute("evaluationForm", new EvaluationForm(null, null, null));
        }
        if (model.getAttribute("outcomeForm") == null) {
            model.addAttribute("outcomeForm", new OutcomeForm(null, null, null, null, null));
        }
        return "outflow/tenancy";
    }

    @PostMapping("/uitstroom/huurzorg/{id}/evaluatie")
    String evaluation(@PathVariable TenancyId id, @ModelAttribute("evaluationForm") EvaluationForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        EvaluationForm f = Forms.entered(form, binding, EvaluationForm.class);
        return step(id, user, model, response, binding, "evaluationForm", f,
                () -> tenancies.recordEvaluation(user, id.value(), f.month(), f.heldOn(), f.summary()), "geevalueerd");
    }

    @PostMapping("/uitstroom/huurzorg/{id}/uitkomst")
    String outcome(@PathVariable TenancyId id, @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        OutcomeForm f = Forms.entered(form, binding, OutcomeForm.class);
        return step(id, user, model, response, binding, "outcomeForm", f,
                () -> tenancies.recordOutcome(user, id.value(), f.outcome(), f.outcome() == Tenancies.Outcome.ENDED ? f.endReason() : null,
                        f.decidedOn(), f.note(), f.outcome() == Tenancies.Outcome.EXTENDED ? f.extendMonths() : null), "uitkomst");
    }

    /**
     * A step on the agreement's page: what binding could not read refuses it at once, the service may refuse the rest;
     * refused, the page shows again with the problems at the form's fields. An agreement this user may not see is not
     * found.
     */
    private String step(TenancyId id, CurrentUser user, Model model, HttpServletResponse response, BindingResult binding,
            String formName, Record form, Runnable step, String done) {
        try {
            if (Forms.unreadable(binding)) {
                throw OutflowRefusals.refused(List.of());
            }
            step.run();
            return "redirect:/uitstroom/huurzorg/" + id + "?" + done;
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.NOT_FOUND || refused.kind() == Refused.Kind.CONFLICT) {
                throw refused;
            }
            response.setStatus(refused.status());
            forms.show(model, binding, refused);
            model.addAttribute(formName, form);
            return tenancyPage(user, id.value(), model);
        }
    }
}
