package nl.thuisbasis.outflow.candidate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.candidate.CandidateView.ExclusionReason;
import nl.thuisbasis.outflow.candidate.CandidateView.SupportIntensity;
import nl.thuisbasis.outflow.candidate.CandidateView.TargetHousing;
import nl.thuisbasis.platform.ListPage;
import nl.thuisbasis.outflow.common.OutflowNames;
import nl.thuisbasis.outflow.common.OutflowRefusals;
import nl.thuisbasis.outflow.common.Slice;
import nl.thuisbasis.outflow.domain.AgeBand;
import nl.thuisbasis.outflow.domain.CandidateStatus;
import nl.thuisbasis.outflow.domain.IncomeBand;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
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
 * The candidate pages: the list, registering and correcting (providers), and one candidate with the steps of its
 * deciding municipality (urgency, exceptions) and its provider (readiness, withdrawal). The answers to offers on the
 * same page are the offer feature's.
 */
@Controller
class CandidatePageController {

    private final Candidates candidates;
    private final CandidateReading reading;
    private final CandidatePage page;
    private final OutflowSettings settings;
    private final RegionCatalog catalog;
    private final Organisations organisations;
    private final OutflowNames names;
    private final Forms forms;
    private final OnceOnly once;

    CandidatePageController(Candidates candidates, CandidateReading reading, CandidatePage page, OutflowSettings settings,
            RegionCatalog catalog, Organisations organisations, OutflowNames names, Forms forms, OnceOnly once) {
        this.once = once;
        this.candidates = candidates;
        this.reading = reading;
        this.page = page;
        this.settings = settings;
        this.catalog = catalog;
        this.organisations = organisations;
        this.names = names;
        this.forms = forms;
    }

    @GetMapping("/uitstroom/kandidaten")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer pagina,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request) {
        if (user.role() == Role.REGION_COORDINATOR || user.role() == Role.ADMIN) {
            throw new AccessDeniedException("aggregates only");
        }
        CandidateStatus s = null;
        try {
            s = status == null || status.isBlank() ? null : CandidateStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            model.addAttribute("filterProblem", true);
        }
        PageQuery paging = ListPage.query(pagina);
        Slice<CandidateView> slice = reading.list(user, new CandidateReading.Filter(s, null), paging.offset(), paging.pageSize());
        model.addAttribute("candidates", slice.items());
        model.addAttribute("pager", ListPage.of(paging, slice.total(), request));
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("statuses", CandidateStatus.values());
        model.addAttribute("mayRegister", user.role() == Role.PROVIDER);
        return "outflow/candidates";
    }

    /**
     * The registration form; from a client trajectory it comes pre-filled with what the trajectory already knows (the
     * client number as reference, the kind of home, the municipality of origin, the preferred municipality as first
     * choice, the provider who supports the client). Everything else still starts empty: the provider decides.
     */
    @GetMapping("/uitstroom/kandidaten/nieuw")
    String newForm(@RequestParam(required = false) String reference, @RequestParam(required = false) String targetHousing,
            @RequestParam(required = false) String originMunicipality, @RequestParam(required = false) String preferred,
            @RequestParam(required = false) String supportProvider, @RequestParam(required = false) String traject,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.role() != Role.PROVIDER) {
            throw new AccessDeniedException("providers register candidates");
        }
        model.addAttribute("fromTrajectory", traject != null);
        return form(user, model, CandidateForm.prefilled(reference, targetHousing, originMunicipality, preferred,
                supportProvider), null);
    }

    @PostMapping("/uitstroom/kandidaten")
    String register(@ModelAttribute("candidateForm") CandidateForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        form = Forms.entered(form, binding, CandidateForm.class);
        List<Problem> unreadable = new ArrayList<>();
        Candidates.Draft draft = form.draft(unreadable);
        try {
            if (Forms.unreadable(binding) || !unreadable.isEmpty()) {
                // what could not be read, and with it every other problem of the form
                unreadable.addAll(candidates.problems(draft, user.organisation().code(), null));
                throw OutflowRefusals.refused(unreadable);
            }
            // once per form: a reload or a second tap gets the candidate the first one registered
            Candidates.Draft checked = draft;
            return "redirect:" + once.submit(form.onceToken(), "outflow.candidate.register",
                    () -> "/uitstroom/kandidaten/" + candidates.register(user, checked) + "?aangemeld");
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.NOT_FOUND) {
                throw refused;
            }
            response.setStatus(refused.status());
            forms.show(model, binding, refused);
            return form(user, model, form, null);
        }
    }

    @GetMapping("/uitstroom/kandidaten/{id}/wijzigen")
    String editForm(@PathVariable CandidateId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        CandidateView c = reading.get(user, id.value()).filter(CandidateView::full).orElseThrow(Refused::notFound);
        if (user.role() != Role.PROVIDER) {
            throw new AccessDeniedException("the provider corrects the data");
        }
        return form(user, model, CandidateForm.of(c), c);
    }

    @PostMapping("/uitstroom/kandidaten/{id}/wijzigen")
    String update(@PathVariable CandidateId id, @ModelAttribute("candidateForm") CandidateForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        UUID candidate = id.value();
        form = Forms.entered(form, binding, CandidateForm.class);
        List<Problem> unreadable = new ArrayList<>();
        Candidates.Draft draft = form.draft(unreadable);
        if (form.version() == null && !binding.hasFieldErrors("version")) {
            // a form without the version it was opened at is refused, not guessed
            unreadable.add(Problem.of("out.problem.candidate.formVersion"));
        }
        try {
            if (Forms.unreadable(binding) || !unreadable.isEmpty()) {
                unreadable.addAll(candidates.problems(draft, user.organisation().code(), candidate));
                throw OutflowRefusals.refused(unreadable);
            }
            candidates.update(user, candidate, form.version(), draft);
            return "redirect:/uitstroom/kandidaten/" + id + "?bijgewerkt";
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.NOT_FOUND) {
                throw refused;
            }
            // the candidate as it is now (not found, or 403, for whoever may not correct it)
            CandidateView existing = reading.get(user, candidate).orElseThrow(Refused::notFound);
            response.setStatus(refused.status());
            if (refused.kind() == Refused.Kind.CONFLICT) {
                forms.show(model, null, List.of(Problem.of("out.problem.candidate.editChangedMeanwhile")));
            } else {
                forms.show(model, binding, refused);
            }
            return form(user, model, form, existing);
        }
    }

    private String form(CurrentUser user, Model model, CandidateForm form, CandidateView existing) {
        Region region = settings.regionFor(user);
        model.addAttribute("candidateForm", form);
        model.addAttribute("existing", existing);
        model.addAttribute("region", region);
        model.addAttribute("municipalities", region.municipalityCodes().stream()
                .map(gm -> new Choice(gm, names.area(gm))).sorted(Comparator.comparing(Choice::label)).toList());
        Map<String, List<Area>> neighbourhoods = new LinkedHashMap<>();
        for (String gm : region.municipalityCodes()) {
            neighbourhoods.put(names.area(gm), catalog.finestAreas(gm).stream()
                    .sorted(Comparator.comparing(Area::name)).toList());
        }
        model.addAttribute("neighbourhoods", new TreeMap<>(neighbourhoods));
        model.addAttribute("providers", organisations.ofType(OrganisationType.CARE_PROVIDER).stream()
                .map(o -> new Choice(o.code(), o.name())).toList());
        model.addAttribute("categories", settings.categories(region.code()).stream().filter(OutflowSettings.Category::active)
                .map(c -> new Choice(c.code(), c.label())).toList());
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("incomeBands", IncomeBand.values());
        model.addAttribute("intensities", SupportIntensity.values());
        model.addAttribute("housings", TargetHousing.values());
        model.addAttribute("exclusionReasons", ExclusionReason.values());
        model.addAttribute("exclusionRows", IntStream.rangeClosed(1, CandidateForm.EXCLUSION_ROWS).boxed().toList());
        model.addAttribute("rules", settings.activeRules(region.code()));
        return "outflow/candidate-form";
    }

    // ---- one candidate

    @GetMapping("/uitstroom/kandidaten/{id}")
    String show(@PathVariable CandidateId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page.show(user, id.value(), model);
    }

    @PostMapping("/uitstroom/kandidaten/{id}/urgentie")
    String urgency(@PathVariable CandidateId id, @ModelAttribute("urgencyForm") UrgencyForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        UrgencyForm f = Forms.entered(form, binding, UrgencyForm.class);
        return page.step(id.value(), user, model, response, binding, "urgencyForm", f,
                Map.of("grantedOn", "urgencyDate", "decision", "urgencyDecision"),
                () -> candidates.grantUrgency(user, id.value(), f.urgencyDate(), f.urgencyDecision()), "urgentie");
    }

    @PostMapping("/uitstroom/kandidaten/{id}/uitzondering")
    String exception(@PathVariable CandidateId id, @ModelAttribute("exceptionForm") ExceptionForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        ExceptionForm f = Forms.entered(form, binding, ExceptionForm.class);
        return page.step(id.value(), user, model, response, binding, "exceptionForm", f,
                Map.of("ruleId", "exceptionRule", "reason", "exceptionReason", "decidedOn", "exceptionDate"),
                () -> candidates.recordException(user, id.value(), f.exceptionRule() == null ? null : f.exceptionRule().value(),
                        f.exceptionReason(), f.exceptionDate()), "uitzondering");
    }

    @PostMapping("/uitstroom/kandidaten/{id}/woonklaar")
    String readiness(@PathVariable CandidateId id, @ModelAttribute("readinessForm") ReadinessForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        ReadinessForm f = Forms.entered(form, binding, ReadinessForm.class);
        return page.step(id.value(), user, model, response, binding, "readinessForm", f, Map.of("confirmedBy", "readyBy"),
                () -> candidates.confirmReadiness(user, id.value(), f.readyOn(), f.readyBy()), "woonklaar");
    }

    @PostMapping("/uitstroom/kandidaten/{id}/terugtrekken")
    String withdraw(@PathVariable CandidateId id, @ModelAttribute("withdrawForm") WithdrawForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        WithdrawForm f = Forms.entered(form, binding, WithdrawForm.class);
        return page.step(id.value(), user, model, response, binding, "withdrawForm", f, Map.of("reason", "withdrawReason"),
                () -> candidates.withdraw(user, id.value(), f.withdrawReason()), "teruggetrokken");
    }
}
