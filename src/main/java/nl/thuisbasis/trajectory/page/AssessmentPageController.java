package nl.thuisbasis.trajectory.page;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.assessment.Assessments;
import nl.thuisbasis.trajectory.client.ClientId;
import nl.thuisbasis.trajectory.client.ClientView;
import nl.thuisbasis.trajectory.client.Clients;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Recording a life-domain assessment: the form shows the instrument the client's region uses now, each domain with its
 * five level descriptions; the date starts empty. After saving, the trajectory page shows the change.
 */
@Controller
class AssessmentPageController {

    private final Assessments assessments;
    private final Clients clients;
    private final Forms forms;
    private final OnceOnly once;

    AssessmentPageController(Assessments assessments, Clients clients, Forms forms, OnceOnly once) {
        this.assessments = assessments;
        this.clients = clients;
        this.forms = forms;
        this.once = once;
    }

    @GetMapping(TrajectoryPageController.PATH + "/{id}/metingen/nieuw")
    String form(@PathVariable ClientId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, id.value(), model, new AssessmentForm(null, null, null, null, null, null));
    }

    @PostMapping(TrajectoryPageController.PATH + "/{id}/metingen")
    String record(@PathVariable ClientId id, @ModelAttribute("assessmentForm") AssessmentForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        AssessmentForm entered = Forms.entered(form, binding, AssessmentForm.class);
        Assessments.Draft draft = new Assessments.Draft(entered.assessedOn(), entered.periodFrom(), entered.scores());
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Assessments.REFUSED, List.of());
            }
            return "redirect:" + once.submit(entered.onceToken(), "trajectory.assessment.record", () -> {
                assessments.record(user, id.value(), draft);
                return TrajectoryPageController.PATH + "/" + id + "?gemeten#metingen";
            });
        } catch (Refused e) {
            if (e.kind() != Refused.Kind.INVALID) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e.problems().stream().map(AssessmentPageController::onTheForm).toList());
            return page(user, id.value(), model, entered);
        }
    }

    /** A problem of the rules ({@code scores[HOUSING].target}) at the form's field ({@code target[HOUSING]}). */
    static Problem onTheForm(Problem p) {
        String field = p.field();
        if (field == null || !field.startsWith("scores[")) {
            return p;
        }
        int close = field.indexOf(']');
        String domain = field.substring("scores[".length(), close);
        String part = field.length() > close + 2 ? field.substring(close + 2) : "score";
        return new Problem(part + "[" + domain + "]", p.row(), p.key(), p.args());
    }

    private String page(CurrentUser user, UUID id, Model model, AssessmentForm form) {
        // the form shows who the client is: a read, in the processing log like every other
        ClientView client = clients.overview(user, id).client();
        model.addAttribute("client", client);
        model.addAttribute("instrument", assessments.instrumentFor(user, id).instrument());
        model.addAttribute("assessmentForm", form);
        model.addAttribute("levels", List.of(1, 2, 3, 4, 5));
        return "trajectory/assessment-form";
    }
}
