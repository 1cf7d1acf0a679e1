package nl.thuisbasis.planning.page;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.planning.analysis.Analyses;
import nl.thuisbasis.planning.analysis.Run;
import nl.thuisbasis.planning.common.PlanningScopes;
import nl.thuisbasis.planning.parameters.ParameterSet;
import nl.thuisbasis.planning.parameters.ParameterSets;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.ListPage;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The planning home: the scope's parameter set, its saved analyses, a new analysis, and the way to compare two. */
@Controller
class PlanningHomeController {

    private final Analyses analyses;
    private final ParameterSets parameterSets;
    private final PlanningScopes scopes;
    private final Forms forms;
    private final OnceOnly once;

    PlanningHomeController(Analyses analyses, ParameterSets parameterSets, PlanningScopes scopes, Forms forms, OnceOnly once) {
        this.analyses = analyses;
        this.parameterSets = parameterSets;
        this.scopes = scopes;
        this.forms = forms;
        this.once = once;
    }

    @GetMapping("/planning")
    String home(@RequestParam(name = "regio", required = false) String region, @RequestParam(required = false) Integer pagina,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, scopeOf(user, region), pagina, model);
    }

    @PostMapping("/planning/analyse")
    String start(@RequestParam(name = "regio", required = false) String region, @ModelAttribute("runForm") RunForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        String code = scopeOf(user, region);
        RunForm entered = Forms.entered(form, binding, RunForm.class);
        model.addAttribute("runForm", entered);
        try {
            Analyses.Request request = new Analyses.Request(entered.name(), percent(entered.stayPercent()),
                    percent(entered.inflowPercent()), entered.outsideInflow() == null ? null : entered.outsideInflow().doubleValue(),
                    entered.delayMonths(), entered.runs(), entered.seed());
            if (Forms.unreadable(binding)) {
                List<Problem> problems = new ArrayList<>(forms.problems(binding));
                throw Refused.invalid(Analyses.REFUSED, problems);
            }
            return "redirect:" + once.submit(entered.onceToken(), "planning.run",
                    () -> "/planning/analyse/" + analyses.start(user, code, request).id());
        } catch (Refused e) {
            response.setStatus(e.status());
            forms.show(model, binding, onForm(e));
            return page(user, code, null, model);
        }
    }

    private static Double percent(Integer value) {
        return value == null ? null : value / 100.0;
    }

    /** The service speaks of factors; the form of percentages. */
    private static Refused onForm(Refused e) {
        List<Problem> problems = e.problems().stream().map(p -> switch (p.field() == null ? "" : p.field()) {
            case "stayFactor" -> Problem.at("stayPercent", p.key(), 25, 400);
            case "inflowFactor" -> Problem.at("inflowPercent", p.key(), 0, 1000);
            case "outsideInflowPerYear" -> Problem.at("outsideInflow", p.key(), p.args().toArray());
            default -> p;
        }).toList();
        return e.problems().equals(problems) ? e : Refused.invalid(e.code(), problems);
    }

    /** A coordinator plans for their own region; administrators choose any region or the country. */
    private String scopeOf(CurrentUser user, String asked) {
        PlanningScopes.mayRead(user);
        if (asked != null && !asked.isBlank() && user.hasRole(Role.ADMIN)) {
            return scopes.scope(asked).code();
        }
        return scopes.regionFor(user);
    }

    private String page(CurrentUser user, String code, Integer pagina, Model model) {
        PlanningScopes.Scope scope = scopes.scope(code);
        PageQuery query = ListPage.query(pagina);
        ParameterSet set = parameterSets.latest(user, scope.code()).orElse(null);
        List<Run> runs = analyses.list(user, scope.code(), query.pageSize(), query.offset());
        long total = analyses.count(scope.code());
        model.addAttribute("scope", scope);
        model.addAttribute("set", set);
        model.addAttribute("runs", runs);
        model.addAttribute("pager", ListPage.of(query, (int) total,
                UriComponentsBuilder.fromPath("/planning").queryParam("regio", scope.code())));
        model.addAttribute("total", total);
        model.addAttribute("keeper", user.hasRole(Role.ADMIN) || (user.hasRole(Role.REGION_COORDINATOR) && !scope.national()));
        model.addAttribute("admin", user.hasRole(Role.ADMIN));
        List<Choice> regionChoices = new ArrayList<>(scopes.regions().stream().map(r -> new Choice(r.code(), r.name())).toList());
        regionChoices.add(new Choice(PlanningScopes.NATIONAL, "Nederland"));
        model.addAttribute("regionChoices", regionChoices);
        model.addAttribute("runChoices", runs.stream().filter(r -> r.status() == Run.RunStatus.DONE)
                .map(r -> new Choice(r.id().toString(), r.scenario().name() + " (" + RunLabels.created(r) + ")")).toList());
        if (!model.containsAttribute("runForm")) {
            model.addAttribute("runForm", RunForm.base());
        }
        return "planning/home";
    }
}
