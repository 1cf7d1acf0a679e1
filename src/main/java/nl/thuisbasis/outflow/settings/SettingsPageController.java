package nl.thuisbasis.outflow.settings;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.Euros;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.common.OutflowRefusals;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.domain.Eligibility;
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

/**
 * The region's rules: norms, categories, eligibility rules and rent limits (kept by region coordinators). Each form of
 * the page has a record of its own ({@code normsForm}, {@code categoryForm}, {@code ruleForm}, {@code limitsForm}); a
 * refused one shows the page again with its problems at its fields.
 */
@Controller
class SettingsPageController {

    private final OutflowSettings settings;
    private final Forms forms;
    private final OnceOnly once;

    SettingsPageController(OutflowSettings settings, Forms forms, OnceOnly once) {
        this.once = once;
        this.settings = settings;
        this.forms = forms;
    }

    @GetMapping("/uitstroom/instellingen")
    String settingsPage(@AuthenticationPrincipal CurrentUser user, Model model) {
        return rulesPage(user, model);
    }

    /** The page; a form the model does not hold yet is shown with the current values (or empty). */
    private String rulesPage(CurrentUser user, Model model) {
        Region region = settings.regionFor(user);
        OutflowSettings.Norms norms = settings.norms(region.code());
        int nextYear = LocalDate.now(OutflowClock.ZONE).getYear() + 1;
        model.addAttribute("region", region);
        model.addAttribute("norms", norms);
        model.addAttribute("categories", settings.categories(region.code()));
        model.addAttribute("rules", settings.rules(region.code()));
        model.addAttribute("limits", settings.allLimits());
        model.addAttribute("kinds", Eligibility.Kind.values());
        model.addAttribute("keeper", CandidateAccess.keepsRegionRules(OutflowAccess.viewer(user)));
        model.addAttribute("nextYear", nextYear);
        if (!model.containsAttribute("normsForm")) {
            model.addAttribute("normsForm", NormsForm.of(norms));
        }
        if (!model.containsAttribute("categoryForm")) {
            model.addAttribute("categoryForm", new CategoryForm(null, null, true));
        }
        if (!model.containsAttribute("ruleForm")) {
            model.addAttribute("ruleForm", new RuleForm(null, null, null, null));
        }
        if (!model.containsAttribute("limitsForm")) {
            model.addAttribute("limitsForm", new LimitsForm(nextYear - 1, null, null, null, null, null));
        }
        return "outflow/settings";
    }

    @PostMapping("/uitstroom/instellingen/normen")
    String norms(@ModelAttribute("normsForm") NormsForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        NormsForm f = Forms.entered(form, binding, NormsForm.class);
        return step(user, model, response, binding, "normsForm", f, () -> {
            if (f.version() == null) {
                // a form without the version it was opened at is refused, not guessed
                throw OutflowRefusals.refused(Problem.of("out.problem.settings.formVersion"));
            }
            settings.updateNorms(user, settings.regionFor(user).code(), f.version(), f.capPercent(), f.offerNormMonths(),
                    f.stalledOfferDays(), f.tenancyMonths());
        });
    }

    @PostMapping("/uitstroom/instellingen/categorieen")
    String category(@ModelAttribute("categoryForm") CategoryForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        CategoryForm f = Forms.entered(form, binding, CategoryForm.class);
        return step(user, model, response, binding, "categoryForm", f,
                () -> settings.saveCategory(user, settings.regionFor(user).code(), f.code(), f.label(), f.activeOrDefault()));
    }

    @PostMapping("/uitstroom/instellingen/regels")
    String rule(@ModelAttribute("ruleForm") RuleForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        RuleForm f = Forms.entered(form, binding, RuleForm.class);
        return step(user, model, response, binding, "ruleForm", f,
                // once per form: a reload or a second tap does not add the rule twice
                () -> once.submit(f.onceToken(), "outflow.settings.rule", () -> settings.addRule(user,
                        settings.regionFor(user).code(), f.kind(), f.parameter(), f.description()).toString()));
    }

    @PostMapping("/uitstroom/instellingen/regels/{id}")
    String ruleState(@PathVariable EligibilityRuleId id, @ModelAttribute("ruleStateForm") RuleStateForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        RuleStateForm f = Forms.entered(form, binding, RuleStateForm.class);
        return step(user, model, response, binding, "ruleStateForm", f, () -> settings.setRuleActive(user,
                settings.regionFor(user).code(), id.value(), Boolean.TRUE.equals(f.inForce())));
    }

    @PostMapping("/uitstroom/instellingen/huurgrenzen")
    String limits(@ModelAttribute("limitsForm") LimitsForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        LimitsForm f = Forms.entered(form, binding, LimitsForm.class);
        return step(user, model, response, binding, "limitsForm", f, () -> settings.saveLimits(user, f.year(),
                Euros.cents(f.qualityDiscount()), Euros.cents(f.lowCap()), Euros.cents(f.highCap()),
                Euros.cents(f.liberalisation()), f.source()));
    }

    /**
     * A form of the settings page: what binding could not read refuses it at once; otherwise the service decides. Refused:
     * the page again with the problems (422; 409 when someone else changed the norms meanwhile, and then with the
     * current values). A rule that does not exist is not found.
     */
    private String step(CurrentUser user, Model model, HttpServletResponse response, BindingResult binding, String name,
            Record form, Runnable step) {
        try {
            if (Forms.unreadable(binding)) {
                throw OutflowRefusals.refused(List.of());
            }
            step.run();
            return "redirect:/uitstroom/instellingen?opgeslagen";
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.NOT_FOUND) {
                throw refused;
            }
            response.setStatus(refused.status());
            if (refused.kind() == Refused.Kind.CONFLICT) {
                forms.show(model, null, List.of(Problem.of("out.problem.settings.changedMeanwhile")));
                model.asMap().remove(name);
            } else {
                forms.show(model, binding, refused);
                model.addAttribute(name, form);
            }
            return rulesPage(user, model);
        }
    }
}
