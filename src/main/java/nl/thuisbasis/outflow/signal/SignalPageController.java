package nl.thuisbasis.outflow.signal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.common.OutflowRefusals;
import nl.thuisbasis.outflow.common.Slice;
import nl.thuisbasis.outflow.domain.EarlySignals;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.ListPage;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.access.AccessDeniedException;
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
 * Early signals: the list (open first, filters by type, status and age), recording one ({@code signalForm}), one signal
 * with its steps ({@code stepForm}) and its outcome ({@code outcomeForm}), and the overview of open signals by age and
 * type whose every count links to the list of exactly those signals.
 */
@Controller
class SignalPageController {

    private final EarlySignalRegister register;
    private final SignalReading reading;
    private final OnceOnly once;
    private final Forms forms;
    private final OutflowClock clock;

    SignalPageController(EarlySignalRegister register, SignalReading reading, OnceOnly once, Forms forms, OutflowClock clock) {
        this.register = register;
        this.reading = reading;
        this.once = once;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/uitstroom/signalen")
    String list(@RequestParam(required = false) String soort, @RequestParam(required = false) String status,
            @RequestParam(required = false) String leeftijd, @RequestParam(required = false) Integer pagina,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request) {
        PageQuery paging = ListPage.query(pagina);
        EarlySignals.Type type = parse(EarlySignals.Type.class, soort);
        EarlySignals.Age age = parse(EarlySignals.Age.class, leeftijd);
        Boolean open = "open".equals(status) ? Boolean.TRUE : "gesloten".equals(status) ? Boolean.FALSE : null;
        Slice<SignalViews.SignalView> slice = reading.page(user, new SignalReading.Query(type, open, age), paging.offset(),
                paging.pageSize());
        model.addAttribute("signals", slice.items());
        model.addAttribute("pager", ListPage.of(paging, slice.total(), request));
        model.addAttribute("types", EarlySignals.Type.values());
        model.addAttribute("ages", EarlySignals.Age.values());
        model.addAttribute("type", type == null ? "" : type.name());
        model.addAttribute("age", age == null ? "" : age.name());
        model.addAttribute("status", age != null ? "open" : open == null ? "" : open ? "open" : "gesloten");
        model.addAttribute("records", recorder(user));
        return "outflow/signals";
    }

    @GetMapping("/uitstroom/signalen/nieuw")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!recorder(user)) {
            throw new AccessDeniedException("corporations and municipalities record early signals");
        }
        return form(user, model, new SignalForm(null, null, null, null, null, null, null));
    }

    @PostMapping("/uitstroom/signalen")
    String record(@ModelAttribute("signalForm") SignalForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        if (!recorder(user)) {
            throw new AccessDeniedException("corporations and municipalities record early signals");
        }
        SignalForm entered = Forms.entered(form, binding, SignalForm.class);
        try {
            if (Forms.unreadable(binding)) {
                throw OutflowRefusals.refused(problemsOf(user, entered));
            }
            return "redirect:" + once.submit(entered.onceToken(), "outflow.signal.record",
                    () -> "/uitstroom/signalen/" + register.record(user, entered.draft()) + "?vastgelegd");
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.NOT_FOUND || e.kind() == Refused.Kind.CONFLICT) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e);
            return form(user, model, entered);
        }
    }

    /** What the service would say of the rest of a form that binding could not fully read: every problem at once. */
    private List<Problem> problemsOf(CurrentUser user, SignalForm f) {
        return register.problems(user, f.draft());
    }

    private String form(CurrentUser user, Model model, SignalForm form) {
        model.addAttribute("signalForm", form);
        model.addAttribute("households", reading.households(user).stream().map(h -> new Choice(h.tenancyId().toString(),
                h.reference() + " - " + h.address() + ", " + h.municipalityName())).toList());
        model.addAttribute("types", EarlySignals.Type.values());
        model.addAttribute("responseDays", java.util.Arrays.stream(EarlySignals.Type.values())
                .map(t -> java.util.Map.entry(t, register.responseDays(t))).toList());
        return "outflow/signal-form";
    }

    @GetMapping("/uitstroom/signalen/{id}")
    String signal(@PathVariable SignalId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return signalPage(user, id, model);
    }

    private String signalPage(CurrentUser user, SignalId id, Model model) {
        SignalViews.SignalView s = reading.get(user, id.value()).orElseThrow(Refused::notFound);
        model.addAttribute("s", s);
        model.addAttribute("stepKinds", EarlySignals.StepKind.values());
        model.addAttribute("outcomes", EarlySignals.Outcome.values());
        if (model.getAttribute("stepForm") == null) {
            model.addAttribute("stepForm", new StepForm(null, s.version(), null, null, null));
        }
        if (model.getAttribute("outcomeForm") == null) {
            model.addAttribute("outcomeForm", new SignalOutcomeForm(s.version(), null, null, null));
        }
        return "outflow/signal";
    }

    @PostMapping("/uitstroom/signalen/{id}/stap")
    String step(@PathVariable SignalId id, @ModelAttribute("stepForm") StepForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        StepForm f = Forms.entered(form, binding, StepForm.class);
        return change(id, user, model, response, binding, "stepForm", f, () -> once.submit(f.onceToken(), "outflow.signal.step",
                () -> {
                    register.addStep(user, id.value(), f.version(), f.kind(), f.takenOn(), f.note());
                    return "";
                }), "stap");
    }

    @PostMapping("/uitstroom/signalen/{id}/uitkomst")
    String outcome(@PathVariable SignalId id, @ModelAttribute("outcomeForm") SignalOutcomeForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        SignalOutcomeForm f = Forms.entered(form, binding, SignalOutcomeForm.class);
        return change(id, user, model, response, binding, "outcomeForm", f,
                () -> register.close(user, id.value(), f.version(), f.outcome(), f.decidedOn(), f.note()), "uitkomst");
    }

    /**
     * A change on the signal's page: what binding could not read refuses it at once; refused, the page shows again with
     * the problems at the form's fields; changed meanwhile (409), the page says so and shows the signal as it is now.
     */
    private String change(SignalId id, CurrentUser user, Model model, HttpServletResponse response, BindingResult binding,
            String formName, Record form, Runnable change, String done) {
        try {
            if (Forms.unreadable(binding)) {
                throw OutflowRefusals.refused(List.of());
            }
            change.run();
            return "redirect:/uitstroom/signalen/" + id + "?" + done;
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.NOT_FOUND) {
                throw refused;
            }
            response.setStatus(refused.status());
            if (refused.kind() == Refused.Kind.CONFLICT) {
                forms.show(model, binding, List.of(Problem.of("out.problem.signal.stale")));
            } else {
                forms.show(model, binding, refused);
                model.addAttribute(formName, form);
            }
            return signalPage(user, id, model);
        }
    }

    @GetMapping("/uitstroom/signalen/overzicht")
    String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("o", reading.overview(user));
        model.addAttribute("records", recorder(user));
        return "outflow/signal-overview";
    }

    private static boolean recorder(CurrentUser user) {
        return user.role() == Role.CORPORATION || user.role() == Role.MUNICIPALITY;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refused.notFound();
        }
    }
}
