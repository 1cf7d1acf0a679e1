package nl.thuisbasis.audit.register;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The register of processing activities (verwerkingsregister) for the admin: every activity with its purpose, legal
 * basis and retention; one activity with its versions, and a change to it, which becomes a new version (the log keeps
 * naming the version each entry ran under).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RegisterPageController {

    static final String PATH = "/beheer/verwerkingsregister";

    private final ProcessingActivities activities;
    private final Forms forms;
    private final OnceOnly once;

    RegisterPageController(ProcessingActivities activities, Forms forms, OnceOnly once) {
        this.activities = activities;
        this.forms = forms;
        this.once = once;
    }

    @GetMapping(PATH)
    String list(Model model, java.util.Locale locale) {
        // by name in the reader's language, as the page shows them
        model.addAttribute("activities", activities.list().stream()
                .sorted(java.util.Comparator.comparing((ProcessingActivity a) -> a.name(locale))).toList());
        return "audit/register";
    }

    @GetMapping(PATH + "/{code}")
    String activity(@PathVariable String code, Model model) {
        ProcessingActivities.WithHistory activity = activities.get(code);
        return page(model, activity, ActivityForm.of(activity.current()));
    }

    @PostMapping(PATH + "/{code}")
    String change(@PathVariable String code, @ModelAttribute("activityForm") ActivityForm form, BindingResult binding,
            Authentication user, Model model, HttpServletResponse response) {
        ActivityForm entered = Forms.entered(form, binding, ActivityForm.class);
        ProcessingActivities.WithHistory activity = activities.get(code);
        try {
            if (Forms.unreadable(binding)) {
                // a number that could not be read already says so at its field; the other fields' problems with it
                throw Refused.invalid(ProcessingActivities.REFUSED, entered.draft().problems().stream()
                        .filter(p -> !binding.hasFieldErrors(p.field())).toList());
            }
            return "redirect:" + once.submit(entered.onceToken(), entered.submission(code), () -> {
                activities.change(user.getName(), code, entered.version(), entered.draft());
                return PATH + "/" + code + "?opgeslagen";
            });
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status());
            ProcessingActivities.WithHistory now = activities.get(code);
            if (e.kind() == Refused.Kind.CONFLICT) {
                // what was entered stays, with the version there is now: looked over, it can be saved over it
                forms.show(model, binding, List.of(Problem.of("register.problem.stale", now.current().version())));
                return page(model, now, entered.withVersion(now.current().version()));
            }
            forms.show(model, binding, e);
            return page(model, activity, entered);
        }
    }

    private String page(Model model, ProcessingActivities.WithHistory activity, ActivityForm form) {
        model.addAttribute("activity", activity.current());
        model.addAttribute("versions", activity.versions());
        model.addAttribute("activityForm", form);
        model.addAttribute("nameLength", ActivityDraft.NAME);
        model.addAttribute("textLength", ActivityDraft.TEXT);
        return "audit/register-activity";
    }
}
