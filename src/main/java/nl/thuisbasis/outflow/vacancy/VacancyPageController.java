package nl.thuisbasis.outflow.vacancy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.common.ListPage;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.common.OutflowNames;
import nl.thuisbasis.outflow.common.OutflowParsing;
import nl.thuisbasis.outflow.common.Sentences;
import nl.thuisbasis.outflow.common.Slice;
import nl.thuisbasis.outflow.domain.OutflowCap;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The vacancy pages: the corporation's vacancies with its cap and quarterly totals, offering a vacancy and correcting
 * it, one vacancy (see {@link VacancyPage}) and taking it back. Adopting a proposal and making an offer on the vacancy's
 * page are the matching's and the offer's steps.
 */
@Controller
class VacancyPageController {

    private final Vacancies vacancies;
    private final VacancyPage page;
    private final OutflowSettings settings;
    private final RegionCatalog catalog;
    private final OutflowNames names;
    private final Messages messages;

    VacancyPageController(Vacancies vacancies, VacancyPage page, OutflowSettings settings, RegionCatalog catalog, OutflowNames names,
            Messages messages) {
        this.vacancies = vacancies;
        this.page = page;
        this.settings = settings;
        this.catalog = catalog;
        this.names = names;
        this.messages = messages;
    }

    @GetMapping("/uitstroom/woningen")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer pagina,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request) {
        PageQuery paging = ListPage.query(pagina);
        return listPage(user, status, paging, UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString()),
                model, List.of(), Map.of());
    }

    private String listPage(CurrentUser user, String status, PageQuery paging, UriComponentsBuilder list, Model model,
            List<String> problems, Map<String, String> entered) {
        Region region = settings.regionFor(user);
        Vacancies.Status s = null;
        try {
            s = status == null || status.isBlank() ? null : Vacancies.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            model.addAttribute("filterProblem", true);
        }
        Slice<Vacancies.VacancyView> slice = vacancies.list(user, region.code(), s, paging.offset(), paging.pageSize());
        model.addAttribute("vacancies", slice.items());
        model.addAttribute("pager", ListPage.of(paging, slice.total(), list));
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("statuses", Vacancies.Status.values());
        model.addAttribute("region", region);
        boolean corporation = user.role() == Role.CORPORATION;
        model.addAttribute("isCorporation", corporation);
        int year = LocalDate.now(OutflowClock.ZONE).getYear();
        model.addAttribute("year", year);
        model.addAttribute("quarter", (LocalDate.now(OutflowClock.ZONE).getMonthValue() - 1) / 3 + 1);
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
            HttpServletRequest request, HttpServletResponse response) {
        List<String> problems = new ArrayList<>();
        Integer year = OutflowParsing.integer(jaar, "Het jaar is een heel getal.", problems);
        Integer quarter = OutflowParsing.integer(kwartaal, "Kies het kwartaal.", problems);
        Integer count = OutflowParsing.integer(totaal, "Het totaal is een heel getal.", problems);
        try {
            if (problems.isEmpty()) {
                vacancies.reportTotal(user, year, quarter, count);
                return "redirect:/uitstroom/woningen?totaal";
            }
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.NOT_FOUND || e.kind() == Refused.Kind.CONFLICT) {
                throw e;
            }
            problems.addAll(messages.texts(e.problems()));
        }
        response.setStatus(422);
        return listPage(user, null, ListPage.query(null), UriComponentsBuilder.fromPath(request.getContextPath() + "/uitstroom/woningen"),
                model, problems, Map.of("jaar", jaar, "kwartaal", kwartaal, "totaal", totaal));
    }

    @GetMapping("/uitstroom/woningen/nieuw")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.role() != Role.CORPORATION) {
            throw new AccessDeniedException("corporations offer vacancies");
        }
        Map<String, String> entered = new HashMap<>();
        entered.put("beschikbaar", LocalDate.now(OutflowClock.ZONE).toString());
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
                throw Sentences.refused(OutflowParsing.together(problems, () -> vacancies.problems(draft)));
            }
            UUID id = vacancies.offer(user, draft);
            return "redirect:/uitstroom/woningen/" + id + "?aangeboden";
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(422);
            return form(user, model, form, messages.texts(e.problems()), null);
        }
    }

    @GetMapping("/uitstroom/woningen/{id}/wijzigen")
    String editForm(@PathVariable VacancyId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Vacancies.VacancyView v = vacancies.get(user, id.value())
                .filter(x -> user.role() == Role.CORPORATION).orElseThrow(Refused::notFound);
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
    String update(@PathVariable VacancyId id, @RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        UUID vacancy = id.value();
        List<String> problems = new ArrayList<>();
        Vacancies.Draft draft = draft(form, problems);
        Integer version = OutflowParsing.version(form.get("versie"), problems);
        try {
            if (!problems.isEmpty()) {
                throw Sentences.refused(OutflowParsing.together(problems, () -> vacancies.problems(draft)));
            }
            vacancies.update(user, vacancy, version, draft);
            return "redirect:/uitstroom/woningen/" + id + "?bijgewerkt";
        } catch (Refused e) {
            switch (e.kind()) {
                case NOT_FOUND -> throw e;
                case CONFLICT -> {
                    response.setStatus(409);
                    return form(user, model, form, List.of("Iemand anders heeft deze woning intussen gewijzigd; open haar opnieuw."),
                            vacancies.get(user, vacancy).orElse(null));
                }
                default -> {
                    response.setStatus(422);
                    return form(user, model, form, messages.texts(e.problems()), vacancies.get(user, vacancy).orElse(null));
                }
            }
        }
    }

    private String form(CurrentUser user, Model model, Map<String, String> entered, List<String> problems, Vacancies.VacancyView existing) {
        Region region = settings.regionFor(user);
        Map<String, List<Area>> neighbourhoods = new TreeMap<>();
        for (String gm : region.municipalityCodes()) {
            neighbourhoods.put(names.area(gm), catalog.finestAreas(gm).stream().sorted(Comparator.comparing(Area::name)).toList());
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
    String show(@PathVariable VacancyId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page.show(user, id.value(), model, List.of(), Map.of());
    }

    @PostMapping("/uitstroom/woningen/{id}/terugtrekken")
    String withdraw(@PathVariable VacancyId id, @RequestParam(defaultValue = "") String reden, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        return page.step(id.value(), user, model, response, Map.of("terugtrekReden", reden),
                () -> vacancies.withdraw(user, id.value(), reden), "teruggetrokken");
    }
}
