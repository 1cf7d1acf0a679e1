package nl.thuisbasis.trajectory.readiness;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.ClientId;
import nl.thuisbasis.trajectory.domain.ReadinessChecklist.Confirmation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The readiness checklist of a client: per item of the region's list the day it was confirmed and by whom. Saved as a
 * whole with the version that was read; afterwards the trajectory shows the summary and whether the readiness date
 * reached the candidacy.
 */
@Controller
class ReadinessPageController {

    static final String PATH = "/trajecten/{id}/gereedheid";

    private final Readiness readiness;
    private final Forms forms;

    ReadinessPageController(Readiness readiness, Forms forms) {
        this.readiness = readiness;
        this.forms = forms;
    }

    /** The checklist as entered: a day and a name per item code, and the version it was opened at. */
    record ReadinessForm(Map<String, LocalDate> on, Map<String, String> by, Integer version) {

        Map<String, Confirmation> entered() {
            Set<String> codes = new LinkedHashSet<>();
            if (on != null) {
                codes.addAll(on.keySet());
            }
            if (by != null) {
                codes.addAll(by.keySet());
            }
            Map<String, Confirmation> entered = new LinkedHashMap<>();
            for (String code : codes) {
                entered.put(code, new Confirmation(code, on == null ? null : on.get(code), by == null ? null : by.get(code)));
            }
            return entered;
        }
    }

    @GetMapping(PATH)
    String page(@PathVariable ClientId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, id.value(), model, null);
    }

    @PostMapping(PATH)
    String save(@PathVariable ClientId id, @ModelAttribute("readinessForm") ReadinessForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        ReadinessForm entered = Forms.entered(form, binding, ReadinessForm.class);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Readiness.REFUSED, List.of());
            }
            readiness.save(user, id.value(), entered.version() == null ? -1 : entered.version(), entered.entered());
            return "redirect:/trajecten/" + id + "?gereed#gereedheid";
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e.kind() == Refused.Kind.CONFLICT ? List.of(Problem.of("traj.readiness.stale")) : e.problems());
            return page(user, id.value(), model, entered);
        }
    }

    private String page(CurrentUser user, UUID id, Model model, ReadinessForm form) {
        Readiness.Checklist checklist = readiness.checklist(user, id);
        model.addAttribute("checklist", checklist);
        model.addAttribute("client", checklist.client());
        if (form == null) {
            Map<String, LocalDate> on = new LinkedHashMap<>();
            Map<String, String> by = new LinkedHashMap<>();
            checklist.confirmations().forEach((code, c) -> {
                on.put(code, c.on());
                by.put(code, c.by());
            });
            form = new ReadinessForm(on, by, checklist.version());
        }
        model.addAttribute("readinessForm", form);
        return "trajectory/readiness";
    }
}
