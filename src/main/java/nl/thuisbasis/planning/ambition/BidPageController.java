package nl.thuisbasis.planning.ambition;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.planning.common.PlanningAccess;
import nl.thuisbasis.planning.common.PlanningId;
import nl.thuisbasis.planning.domain.HousingType;
import nl.thuisbasis.planning.domain.PlanningRules;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.ListPage;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.PageQuery;
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

/** The bids: the list (filtered by type, year and municipality: the records behind the ambition page's numbers) and the forms. */
@Controller
class BidPageController {

    private final Ambitions ambitions;
    private final PlanningAccess access;
    private final Forms forms;
    private final OnceOnly once;

    BidPageController(Ambitions ambitions, PlanningAccess access, Forms forms, OnceOnly once) {
        this.ambitions = ambitions;
        this.access = access;
        this.forms = forms;
        this.once = once;
    }

    @GetMapping("/planning/biedingen")
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) Integer jaar,
            @RequestParam(required = false) String gemeente, @RequestParam(required = false) Integer pagina,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request) {
        access.reader(user);
        Region region = access.regionFor(user);
        Map<String, String> names = access.municipalityNames(region);
        HousingType t = PlanningRules.type(type);
        String gm = gemeente != null && names.containsKey(gemeente) ? gemeente : null;
        AmbitionRepository.BidFilter filter = new AmbitionRepository.BidFilter(region.code(), gm, t, jaar);
        PageQuery paging = ListPage.query(pagina);
        long total = ambitions.countBids(filter);
        model.addAttribute("bids", ambitions.bids(filter, paging.pageSize(), paging.offset()));
        model.addAttribute("pager", ListPage.of(paging, (int) total, request));
        model.addAttribute("names", names);
        model.addAttribute("municipalityChoices", access.municipalityChoices(region));
        model.addAttribute("type", t == null ? "" : t.name());
        model.addAttribute("year", jaar);
        model.addAttribute("gemeente", gm == null ? "" : gm);
        model.addAttribute("types", HousingType.values());
        model.addAttribute("years", access.years());
        model.addAttribute("region", region);
        model.addAttribute("ownMunicipality", user.role() == Role.MUNICIPALITY ? user.organisation().municipalityCode() : null);
        return "planning/bids";
    }

    @GetMapping("/planning/biedingen/nieuw")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        access.role(user, Role.MUNICIPALITY, "planning.problem.role.bid");
        return form(model, EntryForm.empty(), null, user);
    }

    @PostMapping("/planning/biedingen")
    String create(@ModelAttribute("entryForm") EntryForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        EntryForm entered = Forms.entered(form, binding, EntryForm.class);
        try {
            access.role(user, Role.MUNICIPALITY, "planning.problem.role.bid");
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Ambitions.REFUSED, AmbitionPageController.besides(binding, ambitions.problems(entered.entry())));
            }
            String path = once.submit(entered.onceToken(), "planning.bid", () -> {
                String id = ambitions.bid(user, null, entered.entry()).toString();
                return "/planning/biedingen?jaar=" + entered.year() + "&type=" + PlanningRules.type(entered.housingType()).name()
                        + "&gemeente=" + user.organisation().municipalityCode() + "&bod=" + id;
            });
            return "redirect:" + path;
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.FORBIDDEN || e.kind() == Refused.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e);
            return form(model, entered, null, user);
        }
    }

    @GetMapping("/planning/biedingen/{id}/wijzigen")
    String editForm(@PathVariable PlanningId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        AmbitionRepository.Bid b = own(id, user);
        return form(model, new EntryForm(null, b.type().name(), b.year(), b.places(), null, b.note(), b.version()), b, user);
    }

    @PostMapping("/planning/biedingen/{id}/wijzigen")
    String update(@PathVariable PlanningId id, @ModelAttribute("entryForm") EntryForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        EntryForm entered = Forms.entered(form, binding, EntryForm.class);
        AmbitionRepository.Bid b = own(id, user);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Ambitions.REFUSED, AmbitionPageController.besides(binding, PlanningRules.places("places", entered.places(), 0)));
            }
            ambitions.updateBid(user, id.value(), entered.version(), entered.entry());
            return "redirect:/planning/biedingen?jaar=" + b.year() + "&type=" + b.type().name() + "&gemeente=" + b.municipality() + "&bijgewerkt";
        } catch (Refused e) {
            if (e.kind() == Refused.Kind.FORBIDDEN || e.kind() == Refused.Kind.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status());
            forms.show(model, binding, e.kind() == Refused.Kind.CONFLICT ? List.of(Problem.of("planning.problem.stale")) : e.problems());
            return form(model, new EntryForm(null, b.type().name(), b.year(), entered.places(), null, entered.note(), entered.version()), b, user);
        }
    }

    private AmbitionRepository.Bid own(PlanningId id, CurrentUser user) {
        access.role(user, Role.MUNICIPALITY, "planning.problem.role.bid");
        AmbitionRepository.Bid b = ambitions.bid(id.value()).orElseThrow(Refused::notFound);
        if (!b.municipality().equals(user.organisation().municipalityCode())) {
            throw Refused.forbidden(Problem.of("planning.problem.bid.own"));
        }
        return b;
    }

    private String form(Model model, EntryForm form, AmbitionRepository.Bid existing, CurrentUser user) {
        model.addAttribute("entryForm", form);
        model.addAttribute("existing", existing);
        model.addAttribute("yearChoices", access.years().stream()
                .map(y -> new nl.thuisbasis.platform.Choice(Integer.toString(y), Integer.toString(y))).toList());
        model.addAttribute("kind", "bid");
        model.addAttribute("types", HousingType.values());
        model.addAttribute("years", access.years());
        model.addAttribute("municipalityName", access.municipalityNames(access.regionFor(user))
                .getOrDefault(user.organisation().municipalityCode(), ""));
        return "planning/entry-form";
    }
}
