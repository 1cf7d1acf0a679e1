package nl.thuisbasis.outflow;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.domain.OutflowCap;
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
 * The vacancy pages: the corporation's vacancies with its cap and quarterly totals, offering a vacancy, and one vacancy
 * with what the latest matching round proposes for it, adopting a proposal, making the offer, letting go.
 */
@Controller
class VacancyPageController {

    private final Vacancies vacancies;
    private final Matching matching;
    private final Offers offers;
    private final OutflowSettings settings;
    private final RegionCatalog catalog;
    private final Candidates candidates;

    VacancyPageController(Vacancies vacancies, Matching matching, Offers offers, OutflowSettings settings, RegionCatalog catalog,
            Candidates candidates) {
        this.vacancies = vacancies;
        this.matching = matching;
        this.offers = offers;
        this.settings = settings;
        this.catalog = catalog;
        this.candidates = candidates;
    }

    @GetMapping("/uitstroom/woningen")
    String list(@RequestParam(required = false) String status, @AuthenticationPrincipal CurrentUser user, Model model) {
        return listPage(user, status, model, List.of(), Map.of());
    }

    private String listPage(CurrentUser user, String status, Model model, List<String> problems, Map<String, String> entered) {
        Region region = settings.regionFor(user);
        Vacancies.Status s = null;
        try {
            s = status == null || status.isBlank() ? null : Vacancies.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            model.addAttribute("filterProblem", true);
        }
        model.addAttribute("vacancies", vacancies.list(user, region.code(), s));
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("statuses", Vacancies.Status.values());
        model.addAttribute("region", region);
        boolean corporation = user.role() == Role.CORPORATION;
        model.addAttribute("isCorporation", corporation);
        int year = LocalDate.now(Candidates.ZONE).getYear();
        model.addAttribute("year", year);
        model.addAttribute("quarter", (LocalDate.now(Candidates.ZONE).getMonthValue() - 1) / 3 + 1);
        if (corporation) {
            OutflowSettings.Norms norms = settings.norms(region.code());
            OutflowCap.State cap = vacancies.cap(user.organisation().code(), year, norms.capPercent());
            model.addAttribute("cap", cap);
            model.addAttribute("capPercent", norms.capPercent());
            model.addAttribute("totals", vacancies.totals(user.organisation().code(), year));
        }
        model.addAttribute("problems", problems);
        model.addAttribute("entered", entered);
        return "outflow/vacancies";
    }

    @PostMapping("/uitstroom/woningen/totalen")
    String total(@RequestParam(defaultValue = "") String jaar, @RequestParam(defaultValue = "") String kwartaal,
            @RequestParam(defaultValue = "") String totaal, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        List<String> problems = new ArrayList<>();
        Integer year = OutflowParsing.integer(jaar, "Het jaar is een heel getal.", problems);
        Integer quarter = OutflowParsing.integer(kwartaal, "Kies het kwartaal.", problems);
        Integer count = OutflowParsing.integer(totaal, "Het totaal is een heel getal.", problems);
        try {
            if (problems.isEmpty()) {
                vacancies.reportTotal(user, year, quarter, count);
                return "redirect:/uitstroom/woningen?totaal";
            }
        } catch (OutflowRefused e) {
            problems.addAll(e.problems());
        }
        response.setStatus(422);
        return listPage(user, null, model, problems, Map.of("jaar", jaar, "kwartaal", kwartaal, "totaal", totaal));
    }

    @GetMapping("/uitstroom/woningen/nieuw")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.role() != Role.CORPORATION) {
            throw new AccessDeniedException("corporations offer vacancies");
        }
        Map<String, String> entered = new HashMap<>();
        entered.put("beschikbaar", LocalDate.now(Candidates.ZONE).toString());
        entered.put("verdieping", "0");
        return form(user, model, entered, List.of(), null);
    }

    @PostMapping("/uitstroom/woningen")
    String offer(@RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        List<String> problems = new ArrayList<>();
        Vacancies.Draft draft = draft(form, problems);
        try {
            if (!problems.isEmpty()) {
                throw new OutflowRefused(OutflowParsing.together(problems, () -> vacancies.problems(draft)));
            }
            UUID id = vacancies.offer(user, draft);
            return "redirect:/uitstroom/woningen/" + id + "?aangeboden";
        } catch (OutflowRefused e) {
            response.setStatus(422);
            return form(user, model, form, e.problems(), null);
        }
    }

    @GetMapping("/uitstroom/woningen/{id}/wijzigen")
    String editForm(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Vacancies.VacancyView v = vacancies.get(user, CandidatePageController.uuid(id))
                .filter(x -> user.role() == Role.CORPORATION).orElseThrow(CandidatePageController::notFound);
        Map<String, String> e = new HashMap<>();
        e.put("adres", v.address());
        e.put("postcode", v.postcode());
        e.put("buurt", v.neighbourhoodCode());
        e.put("slaapkamers", String.valueOf(v.bedrooms()));
        e.put("huur", euros(v.rentCents()));
        e.put("verdieping", String.valueOf(v.floor()));
        e.put("lift", String.valueOf(v.lift()));
        e.put("rolstoel", String.valueOf(v.wheelchair()));
        e.put("beschikbaar", v.availableFrom().toString());
        e.put("versie", String.valueOf(v.version()));
        return form(user, model, e, List.of(), v);
    }

    @PostMapping("/uitstroom/woningen/{id}/wijzigen")
    String update(@PathVariable String id, @RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        UUID vacancy = CandidatePageController.uuid(id);
        List<String> problems = new ArrayList<>();
        Vacancies.Draft draft = draft(form, problems);
        Integer version = OutflowParsing.version(form.get("versie"), problems);
        try {
            if (!problems.isEmpty()) {
                throw new OutflowRefused(OutflowParsing.together(problems, () -> vacancies.problems(draft)));
            }
            vacancies.update(user, vacancy, version, draft);
            return "redirect:/uitstroom/woningen/" + id + "?bijgewerkt";
        } catch (OutflowRefused e) {
            response.setStatus(422);
            return form(user, model, form, e.problems(), vacancies.get(user, vacancy).orElse(null));
        } catch (OutflowRefused.Stale e) {
            response.setStatus(409);
            return form(user, model, form, List.of("Iemand anders heeft deze woning intussen gewijzigd; open haar opnieuw."),
                    vacancies.get(user, vacancy).orElse(null));
        }
    }

    private String form(CurrentUser user, Model model, Map<String, String> entered, List<String> problems, Vacancies.VacancyView existing) {
        Region region = settings.regionFor(user);
        Map<String, List<Area>> neighbourhoods = new java.util.TreeMap<>();
        for (String gm : region.municipalityCodes()) {
            neighbourhoods.put(candidates.areaName(gm), catalog.finestAreas(gm).stream().sorted(Comparator.comparing(Area::name)).toList());
        }
        model.addAttribute("neighbourhoods", neighbourhoods);
        model.addAttribute("entered", entered);
        model.addAttribute("problems", problems);
        model.addAttribute("existing", existing);
        return "outflow/vacancy-form";
    }

    static Vacancies.Draft draft(Map<String, String> f, List<String> problems) {
        return new Vacancies.Draft(f.get("adres"), f.get("postcode"), f.get("buurt"),
                OutflowParsing.integer(f.get("slaapkamers"), "Het aantal slaapkamers is een heel getal.", problems),
                OutflowParsing.cents(f.get("huur"), "De huur is een bedrag zoals 612,50.", problems),
                OutflowParsing.integer(f.get("verdieping"), "De verdieping is een heel getal (0 is de begane grond).", problems),
                "true".equals(f.get("lift")), "true".equals(f.get("rolstoel")),
                OutflowParsing.date(f.get("beschikbaar"), "De datum van beschikbaarheid is geen datum.", problems));
    }

    static String euros(int cents) {
        return String.format(java.util.Locale.ROOT, "%d,%02d", cents / 100, cents % 100);
    }

    // ---- one vacancy

    @GetMapping("/uitstroom/woningen/{id}")
    String show(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, CandidatePageController.uuid(id), model, List.of(), Map.of());
    }

    private String page(CurrentUser user, UUID id, Model model, List<String> problems, Map<String, String> entered) {
        Vacancies.VacancyView v = vacancies.get(user, id).orElseThrow(CandidatePageController::notFound);
        boolean own = user.role() == Role.CORPORATION && v.corporationCode().equals(user.organisation().code());
        model.addAttribute("v", v);
        model.addAttribute("own", own);
        Optional<Matching.RunView> run = own ? matching.latest(user, v.regionCode()) : Optional.empty();
        model.addAttribute("run", run.orElse(null));
        model.addAttribute("proposal", run.flatMap(r -> r.vacancyProposals().stream()
                .filter(p -> p.vacancy().id().equals(id)).findFirst()).orElse(null));
        // region coordinators and administrators see the dwelling, not the offers to candidates on it
        List<Offers.OfferView> vacancyOffers = user.role() == Role.REGION_COORDINATOR || user.role() == Role.ADMIN ? List.of()
                : offers.ofVacancy(user, id);
        model.addAttribute("offers", vacancyOffers);
        model.addAttribute("openOffer", vacancyOffers.stream().filter(o -> o.status() == Offers.Status.OPEN).findFirst().orElse(null));
        UUID adopted = own && v.status() == Vacancies.Status.PROPOSED ? adoptedCandidate(id) : null;
        model.addAttribute("adopted", adopted == null ? null : candidates.get(user, adopted).orElse(null));
        model.addAttribute("problems", problems);
        model.addAttribute("entered", entered);
        model.addAttribute("today", LocalDate.now(Candidates.ZONE).toString());
        return "outflow/vacancy";
    }

    private UUID adoptedCandidate(UUID vacancy) {
        return matching.adoptedCandidate(vacancy).orElse(null);
    }

    @PostMapping("/uitstroom/woningen/{id}/voorstel")
    String adopt(@PathVariable String id, @RequestParam(defaultValue = "") String ronde, @RequestParam(defaultValue = "") String plaats,
            @RequestParam(defaultValue = "") String reden, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        return step(id, user, model, response, Map.of("reden", reden), () -> matching.adopt(user, OutflowParsing.uuid(ronde),
                CandidatePageController.uuid(id), OutflowParsing.integer(plaats, "", new java.util.ArrayList<>()), reden), "overgenomen");
    }

    @PostMapping("/uitstroom/woningen/{id}/loslaten")
    String release(@PathVariable String id, @RequestParam(defaultValue = "") String reden, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        return step(id, user, model, response, Map.of("loslaatReden", reden),
                () -> matching.release(user, CandidatePageController.uuid(id), reden), "losgelaten");
    }

    @PostMapping("/uitstroom/woningen/{id}/aanbieden")
    String makeOffer(@PathVariable String id, @RequestParam(defaultValue = "") String datum, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        List<String> problems = new ArrayList<>();
        LocalDate on = OutflowParsing.date(datum, "De datum van de aanbieding is geen datum.", problems);
        if (!problems.isEmpty()) {
            response.setStatus(422);
            return page(user, CandidatePageController.uuid(id), model, problems, Map.of("datum", datum));
        }
        return step(id, user, model, response, Map.of("datum", datum),
                () -> offers.make(user, CandidatePageController.uuid(id), on), "aangeboden");
    }

    @PostMapping("/uitstroom/woningen/{id}/intrekken")
    String withdrawOffer(@PathVariable String id, @RequestParam(defaultValue = "") String aanbieding,
            @RequestParam(defaultValue = "") String reden, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        return step(id, user, model, response, Map.of("intrekReden", reden),
                () -> offers.withdraw(user, CandidatePageController.uuid(aanbieding), reden), "ingetrokken");
    }

    @PostMapping("/uitstroom/woningen/{id}/terugtrekken")
    String withdraw(@PathVariable String id, @RequestParam(defaultValue = "") String reden, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        return step(id, user, model, response, Map.of("terugtrekReden", reden),
                () -> vacancies.withdraw(user, CandidatePageController.uuid(id), reden), "teruggetrokken");
    }

    private String step(String id, CurrentUser user, Model model, HttpServletResponse response, Map<String, String> entered,
            Runnable step, String done) {
        UUID vacancy = CandidatePageController.uuid(id);
        List<String> problems = new ArrayList<>();
        try {
            step.run();
            return "redirect:/uitstroom/woningen/" + id + "?" + done;
        } catch (OutflowRefused e) {
            problems.addAll(e.problems());
        } catch (OutflowRefused.NotFound e) {
            throw CandidatePageController.notFound();
        } catch (OutflowRefused.Stale e) {
            problems.add("Intussen is er iets veranderd; bekijk de actuele stand en probeer het opnieuw.");
        }
        response.setStatus(422);
        return page(user, vacancy, model, problems, entered);
    }
}
