package nl.thuisbasis.outflow.candidate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import nl.thuisbasis.outflow.common.ListPage;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.common.OutflowNames;
import nl.thuisbasis.outflow.common.OutflowParsing;
import nl.thuisbasis.outflow.common.Sentences;
import nl.thuisbasis.outflow.common.Slice;
import nl.thuisbasis.outflow.domain.AgeBand;
import nl.thuisbasis.outflow.domain.CandidateStatus;
import nl.thuisbasis.outflow.domain.IncomeBand;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
    private final Messages messages;

    CandidatePageController(Candidates candidates, CandidateReading reading, CandidatePage page, OutflowSettings settings,
            RegionCatalog catalog, Organisations organisations, OutflowNames names, Messages messages) {
        this.candidates = candidates;
        this.reading = reading;
        this.page = page;
        this.settings = settings;
        this.catalog = catalog;
        this.organisations = organisations;
        this.names = names;
        this.messages = messages;
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

    @GetMapping("/uitstroom/kandidaten/nieuw")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.role() != Role.PROVIDER) {
            throw new AccessDeniedException("providers register candidates");
        }
        Map<String, String> entered = new HashMap<>();
        entered.put("begeleider", user.organisation().code());
        entered.put("volwassenen", "1");
        entered.put("kinderen", "0");
        entered.put("slaapkamers", "1");
        entered.put("toestemming", LocalDate.now(OutflowClock.ZONE).toString());
        return form(user, model, entered, List.of(), null);
    }

    @PostMapping("/uitstroom/kandidaten")
    String register(@RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        List<String> problems = new ArrayList<>();
        Candidates.Draft draft = CandidateFormFields.draft(form, problems);
        try {
            if (!problems.isEmpty()) {
                throw Sentences.refused(OutflowParsing.together(problems, () -> candidates.problems(draft, user.organisation().code(), null)));
            }
            UUID id = candidates.register(user, draft);
            return "redirect:/uitstroom/kandidaten/" + id + "?aangemeld";
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(422);
            return form(user, model, form, messages.texts(e.problems()), null);
        }
    }

    @GetMapping("/uitstroom/kandidaten/{id}/wijzigen")
    String editForm(@PathVariable CandidateId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        CandidateView c = reading.get(user, id.value()).filter(CandidateView::full).orElseThrow(Refused::notFound);
        if (user.role() != Role.PROVIDER) {
            throw new AccessDeniedException("the provider corrects the data");
        }
        return form(user, model, CandidateFormFields.entered(c), List.of(), c);
    }

    @PostMapping("/uitstroom/kandidaten/{id}/wijzigen")
    String update(@PathVariable CandidateId id, @RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        UUID candidate = id.value();
        List<String> problems = new ArrayList<>();
        Candidates.Draft draft = CandidateFormFields.draft(form, problems);
        Integer version = OutflowParsing.version(form.get("versie"), problems);
        try {
            if (!problems.isEmpty()) {
                throw Sentences.refused(OutflowParsing.together(problems,
                        () -> candidates.problems(draft, user.organisation().code(), candidate)));
            }
            candidates.update(user, candidate, version, draft);
            return "redirect:/uitstroom/kandidaten/" + id + "?bijgewerkt";
        } catch (Refused e) {
            switch (e.kind()) {
                case NOT_FOUND -> throw e;
                case CONFLICT -> {
                    response.setStatus(409);
                    return form(user, model, form, List.of("Iemand anders heeft deze kandidaat intussen gewijzigd. Hieronder staat "
                            + "wat u invoerde; open de kandidaat opnieuw om de actuele gegevens te zien."),
                            reading.get(user, candidate).orElseThrow(Refused::notFound));
                }
                default -> {
                    response.setStatus(422);
                    return form(user, model, form, messages.texts(e.problems()),
                            reading.get(user, candidate).orElseThrow(Refused::notFound));
                }
            }
        }
    }

    private String form(CurrentUser user, Model model, Map<String, String> entered, List<String> problems, CandidateView existing) {
        Region region = settings.regionFor(user);
        model.addAttribute("entered", entered);
        model.addAttribute("problems", problems);
        model.addAttribute("existing", existing);
        model.addAttribute("region", region);
        model.addAttribute("municipalities", region.municipalityCodes().stream()
                .map(gm -> Map.entry(gm, names.area(gm))).sorted(Map.Entry.comparingByValue()).toList());
        Map<String, List<Area>> neighbourhoods = new LinkedHashMap<>();
        for (String gm : region.municipalityCodes()) {
            neighbourhoods.put(names.area(gm), catalog.finestAreas(gm).stream()
                    .sorted(Comparator.comparing(Area::name)).toList());
        }
        model.addAttribute("neighbourhoods", new TreeMap<>(neighbourhoods));
        model.addAttribute("providers", organisations.ofType(OrganisationType.CARE_PROVIDER));
        model.addAttribute("categories", settings.categories(region.code()).stream().filter(OutflowSettings.Category::active).toList());
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("incomeBands", IncomeBand.values());
        model.addAttribute("intensities", SupportIntensity.values());
        model.addAttribute("housings", TargetHousing.values());
        model.addAttribute("exclusionReasons", ExclusionReason.values());
        model.addAttribute("exclusionRows", IntStream.rangeClosed(1, CandidateFormFields.EXCLUSION_ROWS).boxed().toList());
        model.addAttribute("rules", settings.activeRules(region.code()));
        return "outflow/candidate-form";
    }

    // ---- one candidate

    @GetMapping("/uitstroom/kandidaten/{id}")
    String show(@PathVariable CandidateId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page.show(user, id.value(), model, List.of(), Map.of());
    }

    @PostMapping("/uitstroom/kandidaten/{id}/urgentie")
    String urgency(@PathVariable CandidateId id, @RequestParam(defaultValue = "") String datum,
            @RequestParam(defaultValue = "") String kenmerk, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        return page.step(id.value(), user, model, response, Map.of("datum", datum, "kenmerk", kenmerk), problems -> {
            LocalDate on = OutflowParsing.date(datum, "De datum van het besluit is geen datum.", problems);
            if (problems.isEmpty()) {
                candidates.grantUrgency(user, id.value(), on, kenmerk);
            }
        }, "urgentie");
    }

    @PostMapping("/uitstroom/kandidaten/{id}/uitzondering")
    String exception(@PathVariable CandidateId id, @RequestParam(defaultValue = "") String regel,
            @RequestParam(defaultValue = "") String reden, @RequestParam(defaultValue = "") String datum,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        return page.step(id.value(), user, model, response, Map.of("regel", regel, "uitzonderingReden", reden,
                "uitzonderingDatum", datum), problems -> {
                    LocalDate on = OutflowParsing.date(datum, "De datum van het besluit is geen datum.", problems);
                    if (problems.isEmpty()) {
                        candidates.recordException(user, id.value(), OutflowParsing.uuid(regel), reden, on);
                    }
                }, "uitzondering");
    }

    @PostMapping("/uitstroom/kandidaten/{id}/woonklaar")
    String readiness(@PathVariable CandidateId id, @RequestParam(defaultValue = "") String datum,
            @RequestParam(defaultValue = "") String door, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        return page.step(id.value(), user, model, response, Map.of("klaarDatum", datum, "door", door), problems -> {
            LocalDate on = OutflowParsing.date(datum, "De datum is geen datum.", problems);
            if (problems.isEmpty()) {
                candidates.confirmReadiness(user, id.value(), on, door);
            }
        }, "woonklaar");
    }

    @PostMapping("/uitstroom/kandidaten/{id}/terugtrekken")
    String withdraw(@PathVariable CandidateId id, @RequestParam(defaultValue = "") String reden,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        return page.step(id.value(), user, model, response, Map.of("terugtrekReden", reden),
                problems -> candidates.withdraw(user, id.value(), reden), "teruggetrokken");
    }
}
