package nl.thuisbasis.outflow.vacancy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.platform.ListPage;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.common.OutflowNames;
import nl.thuisbasis.outflow.common.Slice;
import nl.thuisbasis.outflow.domain.OutflowCap;
import nl.thuisbasis.outflow.settings.OutflowSettings;
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
    private final Forms forms;
    private final OnceOnly once;

    VacancyPageController(Vacancies vacancies, VacancyPage page, OutflowSettings settings, RegionCatalog catalog, OutflowNames names,
            Forms forms, OnceOnly once) {
        this.once = once;
        this.vacancies = vacancies;
        this.page = page;
        this.settings = settings;
        this.catalog = catalog;
        this.names = names;
        this.forms = forms;
    }

    @GetMapping("/uitstroom/woningen")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer pagina,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request) {
        PageQuery paging = ListPage.query(pagina);
        return listPage(user, status, paging, UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString()),
                model);
    }

    private String listPage(CurrentUser user, String status, PageQuery paging, UriComponentsBuilder list, Model model) {
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
        LocalDate today = LocalDate.now(OutflowClock.ZONE);
        int year = today.getYear();
        model.addAttribute("year", year);
        if (!model.containsAttribute("vacancyTotalForm")) {
            model.addAttribute("vacancyTotalForm", new VacancyTotalForm(year, null, null));
        }
        if (corporation) {
            OutflowSettings.Norms norms = settings.norms(region.code());
            OutflowCap.State cap = vacancies.cap(user.organisation().code(), year, norms.capPercent());
            model.addAttribute("cap", cap);
            model.addAttribute("capPercent", norms.capPercent());
            model.addAttribute("totals", vacancies.totals(user.organisation().code(), year));
        }
        return "outflow/vacancies";
    }

    @PostMapping("/uitstroom/woningen/totalen")
    String total(@ModelAttribute("vacancyTotalForm") VacancyTotalForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        VacancyTotalForm entered = Forms.entered(form, binding, VacancyTotalForm.class);
        model.addAttribute("vacancyTotalForm", entered);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Vacancies.REFUSED, besides(binding,
                        vacancies.totalProblems(entered.year(), entered.quarter(), entered.total())));
            }
            vacancies.reportTotal(user, entered.year(), entered.quarter(), entered.total());
            return "redirect:/uitstroom/woningen?totaal";
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.NOT_FOUND || e.kind() == Refused.Kind.CONFLICT) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e);
        }
        return listPage(user, null, ListPage.query(null), UriComponentsBuilder.fromPath(request.getContextPath() + "/uitstroom/woningen"),
                model);
    }

    @GetMapping("/uitstroom/woningen/nieuw")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.role() != Role.CORPORATION) {
            throw new AccessDeniedException("corporations offer vacancies");
        }
        return form(user, model, VacancyForm.empty(), null);
    }

    @PostMapping("/uitstroom/woningen")
    String offer(@ModelAttribute("vacancyForm") VacancyForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        VacancyForm entered = Forms.entered(form, binding, VacancyForm.class);
        try {
            if (Forms.unreadable(binding)) {
                // a value that could not be read, and with it whatever else is wrong: every problem at once
                throw Refused.invalid(Vacancies.REFUSED, besides(binding, vacancies.problems(entered.draft())));
            }
            // once per form: a reload or a second tap gets the vacancy the first one recorded
            return "redirect:" + once.submit(entered.onceToken(), "outflow.vacancy.offer",
                    () -> "/uitstroom/woningen/" + vacancies.offer(user, entered.draft()) + "?aangeboden");
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e);
            return form(user, model, entered, null);
        }
    }

    @GetMapping("/uitstroom/woningen/{id}/wijzigen")
    String editForm(@PathVariable VacancyId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Vacancies.VacancyView v = vacancies.get(user, id.value())
                .filter(x -> user.role() == Role.CORPORATION).orElseThrow(Refused::notFound);
        return form(user, model, VacancyForm.of(v), v);
    }

    @PostMapping("/uitstroom/woningen/{id}/wijzigen")
    String update(@PathVariable VacancyId id, @ModelAttribute("vacancyForm") VacancyForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        UUID vacancy = id.value();
        VacancyForm entered = Forms.entered(form, binding, VacancyForm.class);
        try {
            if (entered.version() == null || Forms.unreadable(binding)) {
                // a form without the version it was opened at is refused, not guessed
                List<Problem> problems = new ArrayList<>();
                if (entered.version() == null && !binding.hasFieldErrors("version")) {
                    problems.add(Problem.of("out.problem.vacancy.version.missing"));
                }
                problems.addAll(besides(binding, vacancies.problems(entered.draft())));
                throw Refused.invalid(Vacancies.REFUSED, problems);
            }
            vacancies.update(user, vacancy, entered.version(), entered.draft());
            return "redirect:/uitstroom/woningen/" + id + "?bijgewerkt";
        } catch (Refused e) {
            switch (e.kind()) {
                case NOT_FOUND -> throw e;
                case CONFLICT -> forms.show(model, binding, List.of(Problem.of("out.problem.vacancy.stale")));
                default -> forms.show(model, binding, e);
            }
            response.setStatus(e.status());
            return form(user, model, entered, vacancies.get(user, vacancy).orElse(null));
        }
    }

    private String form(CurrentUser user, Model model, VacancyForm form, Vacancies.VacancyView existing) {
        Region region = settings.regionFor(user);
        Map<String, List<Area>> neighbourhoods = new TreeMap<>();
        for (String gm : region.municipalityCodes()) {
            neighbourhoods.put(names.area(gm), catalog.finestAreas(gm).stream().sorted(Comparator.comparing(Area::name)).toList());
        }
        model.addAttribute("neighbourhoods", neighbourhoods);
        model.addAttribute("vacancyForm", form);
        model.addAttribute("existing", existing);
        return "outflow/vacancy-form";
    }

    /** The policy's problems, but none for a field whose value could not be read (that problem says enough). */
    static List<Problem> besides(BindingResult binding, List<Problem> problems) {
        return problems.stream().filter(p -> p.field() == null || !binding.hasFieldErrors(p.field())).toList();
    }

    // ---- one vacancy

    @GetMapping("/uitstroom/woningen/{id}")
    String show(@PathVariable VacancyId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page.show(user, id.value(), model);
    }

    @PostMapping("/uitstroom/woningen/{id}/terugtrekken")
    String withdraw(@PathVariable VacancyId id, @ModelAttribute("vacancyWithdrawalForm") VacancyWithdrawalForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        VacancyWithdrawalForm entered = Forms.entered(form, binding, VacancyWithdrawalForm.class);
        model.addAttribute("vacancyWithdrawalForm", entered);
        return page.step(id.value(), user, model, response, binding, Map.of("reason", "withdrawalReason"),
                () -> vacancies.withdraw(user, id.value(), entered.withdrawalReason()), "teruggetrokken");
    }
}
