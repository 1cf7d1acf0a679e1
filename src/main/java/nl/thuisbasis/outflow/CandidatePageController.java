package nl.thuisbasis.outflow;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.CandidateView.ExclusionReason;
import nl.thuisbasis.outflow.CandidateView.SupportIntensity;
import nl.thuisbasis.outflow.CandidateView.TargetHousing;
import nl.thuisbasis.outflow.domain.AgeBand;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.domain.CandidateStatus;
import nl.thuisbasis.outflow.domain.IncomeBand;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The outflow start page and the candidate pages: the list, registering and correcting (providers), one candidate with
 * the next step for whoever is looking (urgency and exceptions for the municipality, readiness and answers to offers
 * for the provider), its offers and its history.
 */
@Controller
class CandidatePageController {

    static final int EXCLUSION_ROWS = 3;

    private final Candidates candidates;
    private final Offers offers;
    private final Tenancies tenancies;
    private final OutflowSettings settings;
    private final RegionCatalog catalog;
    private final Organisations organisations;

    CandidatePageController(Candidates candidates, Offers offers, Tenancies tenancies, OutflowSettings settings,
            RegionCatalog catalog, Organisations organisations) {
        this.candidates = candidates;
        this.offers = offers;
        this.tenancies = tenancies;
        this.settings = settings;
        this.catalog = catalog;
        this.organisations = organisations;
    }

    @GetMapping("/uitstroom")
    String index(@AuthenticationPrincipal CurrentUser user, Model model) {
        Region region = settings.regionFor(user);
        model.addAttribute("region", region);
        model.addAttribute("role", user.role().name());
        model.addAttribute("norms", settings.norms(region.code()));
        return "outflow/index";
    }

    @GetMapping("/uitstroom/kandidaten")
    String list(@RequestParam(required = false) String status, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.role() == Role.REGION_COORDINATOR || user.role() == Role.ADMIN) {
            throw new AccessDeniedException("aggregates only");
        }
        CandidateStatus s = null;
        try {
            s = status == null || status.isBlank() ? null : CandidateStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            model.addAttribute("filterProblem", true);
        }
        model.addAttribute("candidates", candidates.list(user, new Candidates.Filter(s, null)));
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
        entered.put("toestemming", LocalDate.now(Candidates.ZONE).toString());
        return form(user, model, entered, List.of(), null);
    }

    @PostMapping("/uitstroom/kandidaten")
    String register(@RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        List<String> problems = new ArrayList<>();
        Candidates.Draft draft = draft(form, problems);
        try {
            if (!problems.isEmpty()) {
                throw new OutflowRefused(OutflowParsing.together(problems,
                        () -> candidates.problems(draft, user.organisation().code(), null)));
            }
            UUID id = candidates.register(user, draft);
            return "redirect:/uitstroom/kandidaten/" + id + "?aangemeld";
        } catch (OutflowRefused e) {
            response.setStatus(422);
            return form(user, model, form, e.problems(), null);
        }
    }

    @GetMapping("/uitstroom/kandidaten/{id}/wijzigen")
    String editForm(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        CandidateView c = candidates.get(user, uuid(id)).filter(CandidateView::full).orElseThrow(CandidatePageController::notFound);
        if (user.role() != Role.PROVIDER) {
            throw new AccessDeniedException("the provider corrects the data");
        }
        return form(user, model, entered(c), List.of(), c);
    }

    @PostMapping("/uitstroom/kandidaten/{id}/wijzigen")
    String update(@PathVariable String id, @RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        UUID candidate = uuid(id);
        List<String> problems = new ArrayList<>();
        Candidates.Draft draft = draft(form, problems);
        Integer version = OutflowParsing.version(form.get("versie"), problems);
        try {
            if (!problems.isEmpty()) {
                throw new OutflowRefused(OutflowParsing.together(problems,
                        () -> candidates.problems(draft, user.organisation().code(), candidate)));
            }
            candidates.update(user, candidate, version, draft);
            return "redirect:/uitstroom/kandidaten/" + id + "?bijgewerkt";
        } catch (OutflowRefused e) {
            response.setStatus(422);
            return form(user, model, form, e.problems(), candidates.get(user, candidate).orElseThrow(CandidatePageController::notFound));
        } catch (OutflowRefused.Stale e) {
            response.setStatus(409);
            return form(user, model, form, List.of("Iemand anders heeft deze kandidaat intussen gewijzigd. Hieronder staat wat u "
                    + "invoerde; open de kandidaat opnieuw om de actuele gegevens te zien."),
                    candidates.get(user, candidate).orElseThrow(CandidatePageController::notFound));
        }
    }

    private String form(CurrentUser user, Model model, Map<String, String> entered, List<String> problems, CandidateView existing) {
        Region region = settings.regionFor(user);
        model.addAttribute("entered", entered);
        model.addAttribute("problems", problems);
        model.addAttribute("existing", existing);
        model.addAttribute("region", region);
        model.addAttribute("municipalities", region.municipalityCodes().stream()
                .map(gm -> Map.entry(gm, candidates.areaName(gm))).sorted(Map.Entry.comparingByValue()).toList());
        Map<String, List<Area>> neighbourhoods = new LinkedHashMap<>();
        for (String gm : region.municipalityCodes()) {
            neighbourhoods.put(candidates.areaName(gm), catalog.finestAreas(gm).stream()
                    .sorted(Comparator.comparing(Area::name)).toList());
        }
        model.addAttribute("neighbourhoods", new java.util.TreeMap<>(neighbourhoods));
        model.addAttribute("providers", organisations.ofType(OrganisationType.CARE_PROVIDER));
        model.addAttribute("categories", settings.categories(region.code()).stream().filter(OutflowSettings.Category::active).toList());
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("incomeBands", IncomeBand.values());
        model.addAttribute("intensities", SupportIntensity.values());
        model.addAttribute("housings", TargetHousing.values());
        model.addAttribute("exclusionReasons", ExclusionReason.values());
        model.addAttribute("exclusionRows", java.util.stream.IntStream.rangeClosed(1, EXCLUSION_ROWS).boxed().toList());
        model.addAttribute("rules", settings.activeRules(region.code()));
        return "outflow/candidate-form";
    }

    /** The form's fields, as the draft the service checks; unreadable values go to the problems. */
    static Candidates.Draft draft(Map<String, String> f, List<String> problems) {
        Integer adults = OutflowParsing.integer(f.get("volwassenen"), "Het aantal volwassenen is een heel getal.", problems);
        Integer children = OutflowParsing.integer(f.get("kinderen"), "Het aantal kinderen is een heel getal.", problems);
        Integer bedrooms = OutflowParsing.integer(f.get("slaapkamers"), "Het aantal slaapkamers is een heel getal.", problems);
        Integer ties = OutflowParsing.integer(f.get("regiobinding"), "Het aantal jaren regiobinding is een heel getal.", problems);
        LocalDate consent = OutflowParsing.date(f.get("toestemming"), "De datum van de toestemming is geen datum.", problems);
        // acceptable municipalities: a number (1 = first choice) per municipality, empty when not acceptable
        Map<Integer, String> byRank = new java.util.TreeMap<>();
        for (Map.Entry<String, String> e : f.entrySet()) {
            if (e.getKey().startsWith("keus_") && e.getValue() != null && !e.getValue().isBlank()) {
                Integer rank = OutflowParsing.integer(e.getValue(), "De volgorde van de gemeenten bestaat uit hele getallen.", problems);
                if (rank != null && byRank.put(rank, e.getKey().substring(5)) != null) {
                    problems.add("Twee gemeenten hebben dezelfde plaats (" + rank + ") in de volgorde.");
                }
            }
        }
        List<CandidateView.Exclusion> exclusions = new ArrayList<>();
        for (int i = 1; i <= EXCLUSION_ROWS; i++) {
            String code = f.get("uitsluiting" + i);
            if (code != null && !code.isBlank()) {
                exclusions.add(new CandidateView.Exclusion(code, null, OutflowParsing.parse(ExclusionReason.class, f.get("reden" + i),
                        "Onbekende reden van uitsluiting.", problems)));
            }
        }
        return new Candidates.Draft(f.get("referentie"), blank(f.get("gemeente")), adults, children,
                OutflowParsing.parse(AgeBand.class, f.get("leeftijd"), "Onbekende leeftijdscategorie.", problems),
                OutflowParsing.parse(IncomeBand.class, f.get("inkomen"), "Onbekende inkomenscategorie.", problems),
                "true".equals(f.get("begaandegrond")), "true".equals(f.get("lift")), "true".equals(f.get("rolstoel")), bedrooms,
                new ArrayList<>(byRank.values()), exclusions, blank(f.get("herkomst")), blank(f.get("begeleider")),
                OutflowParsing.parse(SupportIntensity.class, f.get("intensiteit"), "Onbekende intensiteit.", problems),
                OutflowParsing.parse(TargetHousing.class, f.get("woonvorm"), "Onbekende woonvorm.", problems),
                blank(f.get("categorie")), ties, "true".equals(f.get("eerderWoning")), consent);
    }

    private static Map<String, String> entered(CandidateView c) {
        Map<String, String> e = new HashMap<>();
        e.put("referentie", c.reference());
        e.put("gemeente", c.decidingMunicipality());
        e.put("volwassenen", String.valueOf(c.adults()));
        e.put("kinderen", String.valueOf(c.children()));
        e.put("leeftijd", c.ageBand().name());
        e.put("inkomen", c.incomeBand().name());
        e.put("begaandegrond", String.valueOf(c.needsGroundFloor()));
        e.put("lift", String.valueOf(c.needsLift()));
        e.put("rolstoel", String.valueOf(c.needsWheelchair()));
        e.put("slaapkamers", String.valueOf(c.bedroomsNeeded()));
        c.municipalities().forEach(m -> e.put("keus_" + m.code(), String.valueOf(m.rank())));
        for (int i = 0; i < c.exclusions().size() && i < EXCLUSION_ROWS; i++) {
            e.put("uitsluiting" + (i + 1), c.exclusions().get(i).neighbourhoodCode());
            e.put("reden" + (i + 1), c.exclusions().get(i).reason().name());
        }
        e.put("herkomst", c.originMunicipality());
        e.put("begeleider", c.supportProvider());
        e.put("intensiteit", c.supportIntensity().name());
        e.put("woonvorm", c.targetHousing().name());
        e.put("categorie", c.category());
        e.put("regiobinding", c.regionalTiesYears() == null ? "" : String.valueOf(c.regionalTiesYears()));
        e.put("eerderWoning", String.valueOf(c.hadOwnDwelling()));
        e.put("toestemming", c.consentOn().toString());
        e.put("versie", String.valueOf(c.version()));
        return e;
    }

    // ---- one candidate

    @GetMapping("/uitstroom/kandidaten/{id}")
    String show(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, uuid(id), model, List.of(), Map.of());
    }

    private String page(CurrentUser user, UUID id, Model model, List<String> problems, Map<String, String> entered) {
        CandidateView c = candidates.get(user, id).orElseThrow(CandidatePageController::notFound);
        CandidateAccess.Viewer viewer = OutflowSettings.viewer(user);
        CandidateAccess.Subject subject = new CandidateAccess.Subject(c.providerCode(), c.decidingMunicipality(), java.util.Set.of());
        boolean provider = c.full() && CandidateAccess.isProvider(viewer, subject);
        boolean municipality = c.full() && CandidateAccess.isDecidingMunicipality(viewer, subject);
        model.addAttribute("c", c);
        model.addAttribute("isProvider", provider);
        model.addAttribute("isMunicipality", municipality);
        model.addAttribute("offers", offers.list(user, false, id));
        model.addAttribute("tenancy", tenancies.ofCandidate(user, id).orElse(null));
        model.addAttribute("declineReasons", Offers.DeclineReason.values());
        model.addAttribute("problems", problems);
        model.addAttribute("entered", entered);
        model.addAttribute("today", LocalDate.now(Candidates.ZONE).toString());
        model.addAttribute("norms", c.regionCode() == null ? null : settings.norms(c.regionCode()));
        return "outflow/candidate";
    }

    @PostMapping("/uitstroom/kandidaten/{id}/urgentie")
    String urgency(@PathVariable String id, @RequestParam(defaultValue = "") String datum, @RequestParam(defaultValue = "") String kenmerk,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        return step(id, user, model, response, Map.of("datum", datum, "kenmerk", kenmerk), problems -> {
            LocalDate on = OutflowParsing.date(datum, "De datum van het besluit is geen datum.", problems);
            if (problems.isEmpty()) {
                candidates.grantUrgency(user, uuid(id), on, kenmerk);
            }
        }, "urgentie");
    }

    @PostMapping("/uitstroom/kandidaten/{id}/uitzondering")
    String exception(@PathVariable String id, @RequestParam(defaultValue = "") String regel, @RequestParam(defaultValue = "") String reden,
            @RequestParam(defaultValue = "") String datum, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        return step(id, user, model, response, Map.of("regel", regel, "uitzonderingReden", reden, "uitzonderingDatum", datum), problems -> {
            LocalDate on = OutflowParsing.date(datum, "De datum van het besluit is geen datum.", problems);
            if (problems.isEmpty()) {
                candidates.recordException(user, uuid(id), OutflowParsing.uuid(regel), reden, on);
            }
        }, "uitzondering");
    }

    @PostMapping("/uitstroom/kandidaten/{id}/woonklaar")
    String readiness(@PathVariable String id, @RequestParam(defaultValue = "") String datum, @RequestParam(defaultValue = "") String door,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        return step(id, user, model, response, Map.of("klaarDatum", datum, "door", door), problems -> {
            LocalDate on = OutflowParsing.date(datum, "De datum is geen datum.", problems);
            if (problems.isEmpty()) {
                candidates.confirmReadiness(user, uuid(id), on, door);
            }
        }, "woonklaar");
    }

    @PostMapping("/uitstroom/kandidaten/{id}/terugtrekken")
    String withdraw(@PathVariable String id, @RequestParam(defaultValue = "") String reden, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        return step(id, user, model, response, Map.of("terugtrekReden", reden),
                problems -> candidates.withdraw(user, uuid(id), reden), "teruggetrokken");
    }

    @PostMapping("/uitstroom/aanbiedingen/{offer}/aanvaarden")
    String accept(@PathVariable String offer, @RequestParam(defaultValue = "") String kandidaat, @RequestParam(defaultValue = "") String ingang,
            @RequestParam(defaultValue = "") String maanden, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        return step(kandidaat, user, model, response, Map.of("ingang", ingang, "maanden", maanden), problems -> {
            LocalDate starts = OutflowParsing.date(ingang, "De ingangsdatum is geen datum.", problems);
            Integer months = OutflowParsing.integer(maanden, "De duur is een heel aantal maanden.", problems);
            if (problems.isEmpty()) {
                offers.accept(user, uuid(offer), starts, months);
            }
        }, "aanvaard");
    }

    @PostMapping("/uitstroom/aanbiedingen/{offer}/weigeren")
    String decline(@PathVariable String offer, @RequestParam(defaultValue = "") String kandidaat, @RequestParam(defaultValue = "") String reden,
            @RequestParam(defaultValue = "") String toelichting, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        return step(kandidaat, user, model, response, Map.of("weigerReden", reden, "toelichting", toelichting), problems -> {
            Offers.DeclineReason r = OutflowParsing.parse(Offers.DeclineReason.class, reden, "Kies de reden van de weigering.", problems);
            if (problems.isEmpty()) {
                offers.decline(user, uuid(offer), r, toelichting);
            }
        }, "geweigerd");
    }

    interface Step {
        void run(List<String> problems);
    }

    /** Runs a step; refused input shows the candidate page again with the problems and what was entered (422). */
    private String step(String id, CurrentUser user, Model model, HttpServletResponse response, Map<String, String> entered, Step step,
            String done) {
        UUID candidate = uuid(id);
        List<String> problems = new ArrayList<>();
        try {
            step.run(problems);
            if (problems.isEmpty()) {
                return "redirect:/uitstroom/kandidaten/" + id + "?" + done;
            }
        } catch (OutflowRefused e) {
            problems.addAll(e.problems());
        } catch (OutflowRefused.NotFound e) {
            throw notFound();
        } catch (OutflowRefused.Stale e) {
            problems.add("Iemand anders heeft deze kandidaat intussen gewijzigd; bekijk de actuele stand en probeer het opnieuw.");
        }
        response.setStatus(422);
        return page(user, candidate, model, problems, entered);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static UUID uuid(String id) {
        UUID uuid = OutflowParsing.uuid(id);
        if (uuid == null) {
            throw notFound();
        }
        return uuid;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
