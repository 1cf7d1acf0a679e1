package nl.thuisbasis.planning.ambition;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.planning.common.PlanningAccess;
import nl.thuisbasis.planning.common.PlanningId;
import nl.thuisbasis.planning.domain.HousingType;
import nl.thuisbasis.planning.domain.PlanningRules;
import nl.thuisbasis.platform.Forms;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ambition page: per housing type the ambition of a year against the sum of the bids (a shortfall said in words and
 * marked), the ten years' totals, and per municipality its fair share against its bid; and the coordinator's forms.
 */
@Controller
class AmbitionPageController {

    private final Ambitions ambitions;
    private final PlanningAccess access;
    private final Forms forms;
    private final OnceOnly once;

    AmbitionPageController(Ambitions ambitions, PlanningAccess access, Forms forms, OnceOnly once) {
        this.ambitions = ambitions;
        this.access = access;
        this.forms = forms;
        this.once = once;
    }

    @GetMapping("/planning/ambitie")
    String overview(@RequestParam(required = false) Integer jaar, @RequestParam(required = false) String type,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        access.reader(user);
        Region region = access.regionFor(user);
        int year = jaar != null && access.years().contains(jaar) ? jaar : access.currentYear();
        HousingType chosen = PlanningRules.type(type);
        Ambitions.Overview first = ambitions.overview(region, chosen, year);
        if (chosen == null) {
            chosen = first.lines().stream().filter(l -> l.year() == year).map(Ambitions.Line::type).findFirst().orElse(HousingType.SHELTER);
            first = ambitions.overview(region, chosen, year);
        }
        Ambitions.Overview overview = first;
        model.addAttribute("region", region);
        model.addAttribute("year", year);
        model.addAttribute("years", access.years());
        model.addAttribute("type", chosen);
        model.addAttribute("types", HousingType.values());
        model.addAttribute("overview", overview);
        model.addAttribute("lines", overview.lines().stream().filter(l -> l.year() == year).toList());
        List<int[]> totals = new ArrayList<>();
        for (int y : access.years()) {
            totals.add(new int[] {y, overview.lines().stream().filter(l -> l.year() == y).mapToInt(Ambitions.Line::ambition).sum(),
                overview.lines().stream().filter(l -> l.year() == y).mapToInt(Ambitions.Line::bids).sum()});
        }
        model.addAttribute("totals", totals);
        model.addAttribute("coordinator", user.role() == Role.REGION_COORDINATOR);
        return "planning/ambition";
    }

    @GetMapping("/planning/ambitie/nieuw")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        access.role(user, Role.REGION_COORDINATOR, "planning.problem.role.ambition");
        return form(model, EntryForm.empty(), null);
    }

    @PostMapping("/planning/ambitie")
    String create(@ModelAttribute("entryForm") EntryForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        EntryForm entered = Forms.entered(form, binding, EntryForm.class);
        try {
            access.role(user, Role.REGION_COORDINATOR, "planning.problem.role.ambition");
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Ambitions.REFUSED, besides(binding, ambitions.problems(entered.entry())));
            }
            Region region = access.regionFor(user);
            once.submit(entered.onceToken(), "planning.ambition", () -> ambitions.setAmbition(user, region, entered.entry()).toString());
            return "redirect:/planning/ambitie?jaar=" + entered.year() + "&type=" + entered.housingType() + "&vastgelegd";
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.FORBIDDEN || e.kind() == Refused.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e);
            return form(model, entered, null);
        }
    }

    @GetMapping("/planning/ambitie/{id}/wijzigen")
    String editForm(@PathVariable PlanningId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        access.role(user, Role.REGION_COORDINATOR, "planning.problem.role.ambition");
        AmbitionRepository.Ambition a = ambitions.ambition(id.value()).orElseThrow(Refused::notFound);
        return form(model, new EntryForm(null, a.type().name(), a.year(), a.places(), a.careLoadCorrection(), a.note(), a.version()), a);
    }

    @PostMapping("/planning/ambitie/{id}/wijzigen")
    String update(@PathVariable PlanningId id, @ModelAttribute("entryForm") EntryForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        EntryForm entered = Forms.entered(form, binding, EntryForm.class);
        AmbitionRepository.Ambition a = ambitions.ambition(id.value()).orElseThrow(Refused::notFound);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Ambitions.REFUSED, besides(binding, PlanningRules.places("places", entered.places(), 0)));
            }
            ambitions.updateAmbition(user, id.value(), entered.version(), entered.entry());
            return "redirect:/planning/ambitie?jaar=" + a.year() + "&type=" + a.type().name() + "&bijgewerkt";
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.FORBIDDEN || e.kind() == Refused.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e.kind() == Refused.Kind.CONFLICT ? List.of(Problem.of("planning.problem.stale")) : e.problems());
            return form(model, new EntryForm(null, a.type().name(), a.year(), entered.places(), entered.careLoadCorrection(),
                    entered.note(), e.kind() == Refused.Kind.CONFLICT ? entered.version() : entered.version()), a);
        }
    }

    private String form(Model model, EntryForm form, AmbitionRepository.Ambition existing) {
        model.addAttribute("entryForm", form);
        model.addAttribute("existing", existing);
        model.addAttribute("yearChoices", access.years().stream()
                .map(y -> new nl.thuisbasis.platform.Choice(Integer.toString(y), Integer.toString(y))).toList());
        model.addAttribute("kind", "ambition");
        model.addAttribute("types", HousingType.values());
        model.addAttribute("years", access.years());
        return "planning/entry-form";
    }

    /** The policy's problems, but none for a field whose value could not be read (that problem says enough). */
    static List<Problem> besides(BindingResult binding, List<Problem> problems) {
        return problems.stream().filter(p -> p.field() == null || !binding.hasFieldErrors(p.field())).toList();
    }

}
