package nl.thuisbasis.planning.realisation;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.planning.common.PlanningAccess;
import nl.thuisbasis.planning.domain.HalfYear;
import nl.thuisbasis.planning.domain.HousingType;
import nl.thuisbasis.planning.domain.PlanningRules;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Region;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The realisation page: planned against realised places per half-year and type, and every item with its derived stage. */
@Controller
class RealisationPageController {

    private final Realisations realisations;
    private final PlanningAccess access;
    private final Forms forms;
    private final OnceOnly once;
    private final Messages messages;

    RealisationPageController(Realisations realisations, PlanningAccess access, Forms forms, OnceOnly once, Messages messages) {
        this.realisations = realisations;
        this.access = access;
        this.forms = forms;
        this.once = once;
        this.messages = messages;
    }

    @GetMapping("/planning/realisatie")
    String page(@RequestParam(required = false) String halfjaar, @RequestParam(required = false) String type,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        access.reader(user);
        Region region = access.regionFor(user);
        List<Realisations.Item> all = realisations.items(region.code(), user);
        HalfYear half = HalfYear.parse(halfjaar);
        HousingType t = PlanningRules.type(type);
        model.addAttribute("region", region);
        model.addAttribute("halfYears", realisations.halfYears(all));
        model.addAttribute("items", all.stream().filter(i -> half == null || i.planned().equals(half) || half.equals(i.realised()))
                .filter(i -> t == null || i.type() == t).toList());
        model.addAttribute("filtered", half != null || t != null);
        model.addAttribute("names", access.municipalityNames(region));
        model.addAttribute("slipped", all.stream().filter(i -> i.halvesLate() > 0).count());
        model.addAttribute("writer", user.role() == Role.REGION_COORDINATOR || user.role() == Role.MUNICIPALITY);
        return "planning/realisation";
    }

    @GetMapping("/planning/realisatie/nieuw")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        writer(user);
        return form(user, model, ItemForm.empty());
    }

    @PostMapping("/planning/realisatie")
    String create(@ModelAttribute("itemForm") ItemForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        ItemForm entered = Forms.entered(form, binding, ItemForm.class);
        try {
            writer(user);
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Realisations.REFUSED, realisations.problems(access.regionFor(user), entered.entry()).stream()
                        .filter(p -> p.field() == null || !binding.hasFieldErrors(p.field())).toList());
            }
            String path = once.submit(entered.onceToken(), "planning.item", () -> "/planning/realisatie?item="
                    + realisations.create(user, entered.entry()));
            return "redirect:" + path;
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.FORBIDDEN || e.kind() == Refused.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e);
            return form(user, model, entered);
        }
    }

    private void writer(CurrentUser user) {
        access.reader(user);
        if (user.role() != Role.REGION_COORDINATOR && user.role() != Role.MUNICIPALITY) {
            throw Refused.forbidden(Problem.of("planning.problem.role.item"));
        }
    }

    private String form(CurrentUser user, Model model, ItemForm form) {
        Region region = access.regionFor(user);
        model.addAttribute("itemForm", form);
        model.addAttribute("types", HousingType.values());
        model.addAttribute("municipalityChoices", user.role() == Role.MUNICIPALITY ? access.municipalityChoices(region).stream()
                .filter(c -> c.value().equals(user.organisation().municipalityCode())).toList() : access.municipalityChoices(region));
        List<Choice> halves = new ArrayList<>();
        HalfYear h = new HalfYear(access.currentYear() - PlanningRules.LOOK_BACK, 1);
        for (; h.year() < access.currentYear() + PlanningRules.HORIZON; h = h.next()) {
            halves.add(new Choice(h.code(), messages.text("planning.halfYear", Integer.toString(h.year()), h.half())));
        }
        model.addAttribute("halfYearChoices", halves);
        model.addAttribute("initiativeChoices", realisations.initiativesIn(region).stream()
                .map(i -> new Choice(i.id().toString(), i.name())).toList());
        model.addAttribute("facilityChoices", realisations.facilitiesIn(region).stream()
                .map(f -> new Choice(f.id().value().toString(), f.name())).toList());
        return "planning/item-form";
    }
}
