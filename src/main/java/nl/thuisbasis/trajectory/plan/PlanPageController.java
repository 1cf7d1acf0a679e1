package nl.thuisbasis.trajectory.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.People;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.ClientId;
import nl.thuisbasis.trajectory.domain.AssessmentRules.DomainScore;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.ActionStatus;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.GoalStatus;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.Scaling;
import nl.thuisbasis.trajectory.plan.PlanForms.ActionForm;
import nl.thuisbasis.trajectory.plan.PlanForms.EvaluationForm;
import nl.thuisbasis.trajectory.plan.PlanForms.GoalForm;
import nl.thuisbasis.trajectory.plan.PlanForms.OutcomeForm;
import nl.thuisbasis.trajectory.plan.PlanForms.StatusForm;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The support plan of a client: goals per life domain with their actions, and the evaluation moments. Each form that
 * adds something counts once (a reload or a double tap adds nothing twice) and returns to the plan; a form with
 * problems shows them at its fields and stores nothing; a change made by someone else in between is shown, not lost.
 */
@Controller
class PlanPageController {

    static final String PATH = "/trajecten/{id}/plan";

    private final SupportPlans plans;
    private final People people;
    private final Forms forms;
    private final OnceOnly once;
    private final Messages messages;

    PlanPageController(SupportPlans plans, People people, Forms forms, OnceOnly once, Messages messages) {
        this.plans = plans;
        this.people = people;
        this.forms = forms;
        this.once = once;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String plan(@PathVariable ClientId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, id.value(), model, PlanForms.goal(), PlanForms.action(), PlanForms.evaluation());
    }

    @PostMapping(PATH + "/doelen")
    String addGoal(@PathVariable ClientId id, @ModelAttribute("goalForm") GoalForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        GoalForm entered = Forms.entered(form, binding, GoalForm.class);
        return attempt(binding, model, response, () -> once.submit(entered.onceToken(), "trajectory.plan.goal", () -> {
            plans.addGoal(user, id.value(), entered.draft());
            return back(id, "doel", "doelen");
        }), () -> page(user, id.value(), model, entered, PlanForms.action(), PlanForms.evaluation()));
    }

    @PostMapping(PATH + "/acties")
    String addAction(@PathVariable ClientId id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        ActionForm entered = Forms.entered(form, binding, ActionForm.class);
        return attempt(binding, model, response, () -> once.submit(entered.onceToken(), "trajectory.plan.action", () -> {
            plans.addAction(user, id.value(), entered.draft());
            return back(id, "actie", "doelen");
        }), () -> page(user, id.value(), model, PlanForms.goal(), entered, PlanForms.evaluation()));
    }

    @PostMapping(PATH + "/evaluaties")
    String planEvaluation(@PathVariable ClientId id, @ModelAttribute("evaluationForm") EvaluationForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        EvaluationForm entered = Forms.entered(form, binding, EvaluationForm.class);
        return attempt(binding, model, response, () -> once.submit(entered.onceToken(), "trajectory.plan.evaluation", () -> {
            plans.planEvaluation(user, id.value(), entered.draft());
            return back(id, "evaluatie", "evaluaties");
        }), () -> page(user, id.value(), model, PlanForms.goal(), PlanForms.action(), entered));
    }

    @PostMapping(PATH + "/doelen/{goal}/status")
    String goalStatus(@PathVariable ClientId id, @PathVariable PlanItemId goal, @ModelAttribute("statusForm") StatusForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        StatusForm entered = Forms.entered(form, binding, StatusForm.class);
        return attempt(binding, model, response, () -> {
            plans.goalStatus(user, id.value(), goal.value(), version(entered), status(GoalStatus.class, entered.status()));
            return back(id, "status", "doelen");
        }, () -> page(user, id.value(), model, PlanForms.goal(), PlanForms.action(), PlanForms.evaluation()));
    }

    @PostMapping(PATH + "/acties/{action}/status")
    String actionStatus(@PathVariable ClientId id, @PathVariable PlanItemId action, @ModelAttribute("statusForm") StatusForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        StatusForm entered = Forms.entered(form, binding, StatusForm.class);
        return attempt(binding, model, response, () -> {
            plans.actionStatus(user, id.value(), action.value(), version(entered), status(ActionStatus.class, entered.status()));
            return back(id, "status", "doelen");
        }, () -> page(user, id.value(), model, PlanForms.goal(), PlanForms.action(), PlanForms.evaluation()));
    }

    @GetMapping(PATH + "/evaluaties/{evaluation}")
    String outcomeForm(@PathVariable ClientId id, @PathVariable PlanItemId evaluation, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        return outcomePage(user, id.value(), evaluation.value(), model, null);
    }

    @PostMapping(PATH + "/evaluaties/{evaluation}")
    String recordOutcome(@PathVariable ClientId id, @PathVariable PlanItemId evaluation, @ModelAttribute("outcomeForm") OutcomeForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        OutcomeForm entered = Forms.entered(form, binding, OutcomeForm.class);
        return attempt(binding, model, response, () -> {
            plans.recordOutcome(user, id.value(), evaluation.value(), entered.version() == null ? -1 : entered.version(), entered.draft());
            return back(id, "uitkomst", "evaluaties");
        }, () -> outcomePage(user, id.value(), evaluation.value(), model, entered));
    }

    /** Runs a change; a refusal other than "not found" shows the page again with the problems (a stale version too). */
    private String attempt(BindingResult binding, Model model, HttpServletResponse response, Supplier<String> change,
            Supplier<String> again) {
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(SupportPlans.REFUSED, List.of());
            }
            return "redirect:" + change.get();
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e.kind() == Refused.Kind.CONFLICT ? List.of(Problem.of("traj.page.stale")) : e.problems());
            return again.get();
        }
    }

    private String page(CurrentUser user, UUID id, Model model, GoalForm goal, ActionForm action, EvaluationForm evaluation) {
        SupportPlans.Plan plan = plans.plan(user, id);
        model.addAttribute("plan", plan);
        model.addAttribute("client", plan.client());
        java.util.Map<String, String> domainNames = SupportPlans.domainNames(plan, Messages.locale());
        model.addAttribute("domainNames", domainNames);
        model.addAttribute("domainChoices", plan.basis().instrument().domains().stream().map(d -> {
            DomainScore s = plan.basis().scores().get(d.code());
            String name = d.name(Messages.locale());
            return new Choice(d.code(), s == null || s.score() == null ? name
                    : messages.text("traj.plan.domainWithScore", name, s.score()));
        }).toList());
        model.addAttribute("goalChoices", plan.openGoals().stream().map(g -> new Choice(g.id().toString(),
                domainNames.getOrDefault(g.domain(), g.domain()) + ": " + g.description()))
                .toList());
        model.addAttribute("staff", people.staffOf(user.organisationCode()).stream()
                .map(m -> new Choice(m.username(), m.displayName())).toList());
        model.addAttribute("goalStatuses", GoalStatus.values());
        model.addAttribute("actionStatuses", ActionStatus.values());
        model.addAttribute("goalForm", goal);
        model.addAttribute("actionForm", action);
        model.addAttribute("evaluationForm", evaluation);
        return "trajectory/plan";
    }

    private String outcomePage(CurrentUser user, UUID id, UUID evaluation, Model model, OutcomeForm form) {
        SupportPlans.Plan plan = plans.plan(user, id);
        SupportPlans.Evaluation found = plan.evaluations().stream().filter(e -> e.id().equals(evaluation)).findFirst()
                .orElseThrow(Refused::notFound);
        model.addAttribute("client", plan.client());
        model.addAttribute("evaluation", found);
        model.addAttribute("scalings", Scaling.values());
        model.addAttribute("outcomeForm", form != null ? form : new OutcomeForm(null, null, null, null, found.version()));
        return "trajectory/evaluation";
    }

    private static String back(ClientId id, String flag, String anchor) {
        return "/trajecten/" + id + "/plan?" + flag + "#" + anchor;
    }

    private static int version(StatusForm form) {
        return form.version() == null ? -1 : form.version();
    }

    /** A state the page sent; one it cannot read is a problem at the field, not a 500. */
    private static <E extends Enum<E>> E status(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw Refused.invalid(SupportPlans.REFUSED, Problem.at("status", "trajectory.plan.problem.status.required"));
        }
    }
}
