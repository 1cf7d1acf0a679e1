package nl.thuisbasis.planning.page;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.planning.common.PlanningId;
import nl.thuisbasis.planning.common.PlanningScopes;
import nl.thuisbasis.planning.domain.HousingType;
import nl.thuisbasis.planning.domain.Parameter;
import nl.thuisbasis.planning.parameters.ParameterChange;
import nl.thuisbasis.planning.parameters.ParameterSet;
import nl.thuisbasis.planning.parameters.ParameterSets;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
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
 * A parameter set with the source of every value (filtered by municipality and type, as the analysis' numbers link
 * here); changing one value with a reason, or measuring again from the records, makes a new version.
 */
@Controller
class ParameterPageController {

    private final ParameterSets sets;
    private final PlanningScopes scopes;
    private final SourceTexts sources;
    private final Forms forms;
    private final OnceOnly once;

    ParameterPageController(ParameterSets sets, PlanningScopes scopes, SourceTexts sources, Forms forms, OnceOnly once) {
        this.sets = sets;
        this.scopes = scopes;
        this.sources = sources;
        this.forms = forms;
        this.once = once;
    }

    @GetMapping("/planning/parameters")
    String current(@RequestParam(name = "regio", required = false) String region, @AuthenticationPrincipal CurrentUser user) {
        PlanningScopes.mayRead(user);
        String code = region != null && !region.isBlank() && user.hasRole(Role.ADMIN) ? region : scopes.regionFor(user);
        return "redirect:/planning/parameters/" + sets.current(user, code).id();
    }

    @GetMapping("/planning/parameters/{id}")
    String set(@PathVariable PlanningId id, @RequestParam(required = false) String gemeente, @RequestParam(required = false) String type,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        ParameterSet set = sets.find(user, id.value());
        PlanningScopes.Scope scope = scopes.scope(set.regionCode());
        Map<String, String> names = new LinkedHashMap<>();
        names.put("", scope.name());
        scope.municipalities().forEach(m -> names.put(m.code(), m.name()));
        HousingType chosen = RunView.type(type, null);
        String municipality = gemeente == null || gemeente.isBlank() ? null : gemeente.strip();
        List<Parameter> shown = set.parameters().stream()
                .filter(p -> chosen == null || p.type() == chosen || p.toType() == chosen)
                .filter(p -> municipality == null || p.scope().equals(municipality) || p.scope().isEmpty()).toList();
        ParameterSet latest = sets.current(user, set.regionCode());
        model.addAttribute("set", set);
        model.addAttribute("scope", scope);
        model.addAttribute("names", names);
        model.addAttribute("parameters", shown);
        model.addAttribute("sources", sources);
        model.addAttribute("type", chosen);
        model.addAttribute("municipality", municipality);
        model.addAttribute("latest", latest.id().equals(set.id()));
        model.addAttribute("latestId", latest.id());
        model.addAttribute("keeper", keeper(user, set.regionCode()));
        return "planning/parameters";
    }

    @GetMapping("/planning/parameters/{id}/wijzigen")
    String changeForm(@PathVariable PlanningId id, @ModelAttribute("changeForm") ChangeForm form, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        ParameterSet set = sets.find(user, id.value());
        scopes.mayKeep(user, set.regionCode());
        return changePage(set, new ChangeForm(form.key(), form.municipality(), form.type(), form.toType(), form.month(), null, null,
                set.id().toString(), null), model);
    }

    @PostMapping("/planning/parameters/{id}/wijzigen")
    String change(@PathVariable PlanningId id, @ModelAttribute("changeForm") ChangeForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        ParameterSet set = sets.find(user, id.value());
        ChangeForm entered = Forms.entered(form, binding, ChangeForm.class);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(ParameterSets.REFUSED, new ArrayList<>(forms.problems(binding)));
            }
            return "redirect:" + once.submit(entered.onceToken(), "planning.parameter", () -> "/planning/parameters/"
                    + sets.change(user, set.regionCode(), parse(entered.basedOn()), null, List.of(new ParameterChange(entered.key(),
                            entered.municipality(), entered.type(), entered.toType(), entered.month(), entered.value(),
                            entered.reason()))).id() + "?opgeslagen");
        } catch (Refused e) {
            response.setStatus(e.status());
            forms.show(model, binding, renamed(e));
            return changePage(set, entered, model);
        }
    }

    @PostMapping("/planning/parameters/{id}/opnieuw-meten")
    String remeasure(@PathVariable PlanningId id, @RequestParam(required = false) String onceToken, @AuthenticationPrincipal CurrentUser user) {
        ParameterSet set = sets.find(user, id.value());
        return "redirect:" + once.submit(onceToken, "planning.remeasure", () -> "/planning/parameters/"
                + sets.remeasure(user, set.regionCode(), set.id(), null).id() + "?gemeten");
    }

    private String changePage(ParameterSet set, ChangeForm form, Model model) {
        Parameter slot = set.parameters().stream().filter(p -> p.key().name().equals(form.key())
                && p.scope().equals(form.municipality() == null ? "" : form.municipality())
                && (p.type() == null ? "" : p.type().name()).equals(form.type() == null ? "" : form.type())
                && (p.toType() == null ? "" : p.toType().name()).equals(form.toType() == null ? "" : form.toType()))
                .findFirst().orElseThrow(Refused::notFound);
        model.addAttribute("set", set);
        model.addAttribute("slot", slot);
        model.addAttribute("sources", sources);
        PlanningScopes.Scope scope = scopes.scope(set.regionCode());
        model.addAttribute("scope", scope);
        model.addAttribute("where", scope.municipalities().stream().filter(m -> m.code().equals(slot.scope()))
                .map(nl.thuisbasis.region.MunicipalitySummary::name).findFirst().orElse(scope.name()));
        model.addAttribute("changeForm", form);
        return "planning/change";
    }

    /** The service names the fields of its list of changes (changes[0].value); the form has one: value. */
    private static Refused renamed(Refused e) {
        List<Problem> problems = e.problems().stream().map(p -> p.field() != null && p.field().startsWith("changes[0].")
                ? Problem.at(p.field().substring("changes[0].".length()), p.key(), p.args().toArray()) : p).toList();
        return e.problems().equals(problems) ? e : Refused.invalid(e.code(), problems);
    }

    private boolean keeper(CurrentUser user, String regionCode) {
        try {
            scopes.mayKeep(user, regionCode);
            return true;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
