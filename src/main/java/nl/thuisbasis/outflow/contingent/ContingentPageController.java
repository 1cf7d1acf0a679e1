package nl.thuisbasis.outflow.contingent;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowNames;
import nl.thuisbasis.outflow.common.PageYears;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Forms;
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

/** The contingent page: the decided contingent and its split, a preview, recording it, and the corporations' stock. */
@Controller
class ContingentPageController {

    private final Contingents contingents;
    private final OutflowSettings settings;
    private final OutflowNames names;
    private final Forms forms;

    ContingentPageController(Contingents contingents, OutflowSettings settings, OutflowNames names, Forms forms) {
        this.contingents = contingents;
        this.settings = settings;
        this.names = names;
        this.forms = forms;
    }

    @GetMapping("/uitstroom/contingenten")
    String contingents(@RequestParam(required = false) String jaar, @AuthenticationPrincipal CurrentUser user, Model model) {
        return contingentPage(user, PageYears.shown(jaar), model, null);
    }

    private String contingentPage(CurrentUser user, int year, Model model, Contingents.Preview preview) {
        Region region = settings.regionFor(user);
        model.addAttribute("region", region);
        model.addAttribute("year", year);
        model.addAttribute("years", PageYears.choices());
        Contingents.Decided decided = contingents.decided(region.code(), year).orElse(null);
        model.addAttribute("decided", decided);
        model.addAttribute("shares", contingents.corporationShares(region.code(), year));
        model.addAttribute("stock", contingents.stock(region.code(), year));
        // a corporation enters its own stock; the region coordinator that of every corporation
        model.addAttribute("corporationChoices", (user.role() == Role.CORPORATION
                ? contingents.corporations().stream().filter(o -> o.code().equals(user.organisation().code())).toList()
                : contingents.corporations()).stream().map(o -> new Choice(o.code(), o.name())).toList());
        Map<String, String> municipalityNames = new LinkedHashMap<>();
        region.municipalityCodes().forEach(gm -> municipalityNames.put(gm, names.area(gm)));
        model.addAttribute("municipalityChoices", municipalityNames.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> new Choice(e.getKey(), e.getValue())).toList());
        model.addAttribute("municipalityNames", municipalityNames);
        model.addAttribute("keeper", CandidateAccess.keepsRegionRules(OutflowAccess.viewer(user)));
        model.addAttribute("isCorporation", user.role() == Role.CORPORATION);
        if (!model.containsAttribute("contingentForm")) {
            model.addAttribute("contingentForm", new ContingentForm(year, decided != null ? decided.total() : 50, null, null, null));
        }
        if (!model.containsAttribute("stockForm")) {
            model.addAttribute("stockForm", new StockForm(year, null, null, null));
        }
        model.addAttribute("preview", preview);
        return "outflow/contingents";
    }

    @PostMapping("/uitstroom/contingenten")
    String decide(@ModelAttribute("contingentForm") ContingentForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        Region region = settings.regionFor(user);
        ContingentForm entered = Forms.entered(form, binding, ContingentForm.class);
        model.addAttribute("contingentForm", entered);
        int shown = PageYears.shown(entered.year() == null ? null : entered.year().toString());
        boolean correction = Boolean.TRUE.equals(entered.correction());
        try {
            List<Problem> problems = besides(binding, contingents.problems(entered.year(), entered.total()));
            if (Forms.unreadable(binding) || !problems.isEmpty()) {
                throw Refused.invalid(Contingents.REFUSED, problems);
            }
            if (entered.decides()) {
                contingents.decide(user, region.code(), entered.year(), entered.total(), correction, entered.decidedBy());
                return "redirect:/uitstroom/contingenten?jaar=" + entered.year() + "&vastgesteld";
            }
            return contingentPage(user, shown, model, contingents.preview(region.code(), entered.year(), entered.total(), correction));
        } catch (Refused e) {
            refusal(e, response, model, binding);
        }
        return contingentPage(user, shown, model, null);
    }

    @PostMapping("/uitstroom/contingenten/voorraad")
    String stock(@ModelAttribute("stockForm") StockForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        Region region = settings.regionFor(user);
        StockForm entered = Forms.entered(form, binding, StockForm.class);
        model.addAttribute("stockForm", entered);
        try {
            List<Problem> problems = new ArrayList<>();
            if (user.role() == Role.CORPORATION && !user.organisation().code().equals(entered.corporation())) {
                problems.add(Problem.at("corporation", "out.problem.contingent.stock.ownOnly"));
            }
            if (Forms.unreadable(binding) || !problems.isEmpty()) {
                // what could not be read, and with it whatever else is wrong (whoever may enter this stock is asked after)
                problems.addAll(besides(binding, contingents.stockProblems(region, entered.year(), entered.municipality(),
                        entered.corporation(), entered.dwellings())));
                throw Refused.invalid(Contingents.REFUSED, problems);
            }
            contingents.setStock(user, region.code(), entered.year(), entered.municipality(), entered.corporation(),
                    entered.dwellings());
            return "redirect:/uitstroom/contingenten?jaar=" + entered.year() + "&voorraad";
        } catch (Refused e) {
            refusal(e, response, model, binding);
        }
        return contingentPage(user, PageYears.shown(entered.year() == null ? null : entered.year().toString()), model, null);
    }

    /** A refused contingent shows in the form; anything else refused is the error page, as before. */
    private void refusal(Refused e, HttpServletResponse response, Model model, BindingResult binding) {
        if (!Contingents.REFUSED.equals(e.code())) {
            throw e;
        }
        response.setStatus(e.status());
        forms.show(model, binding, e);
    }

    /** The policy's problems, but none for a field whose value could not be read (that problem says enough). */
    private static List<Problem> besides(BindingResult binding, List<Problem> problems) {
        return problems.stream().filter(p -> p.field() == null || !binding.hasFieldErrors(p.field())).toList();
    }
}
