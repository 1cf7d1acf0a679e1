package nl.thuisbasis.reports.settings;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.reports.ReportProperties;
import nl.thuisbasis.reports.domain.Routing;
import nl.thuisbasis.reports.domain.Staff;
import nl.thuisbasis.reports.routing.RoutingRuleId;
import nl.thuisbasis.reports.routing.RoutingRules;
import nl.thuisbasis.reports.template.ReplyTemplateId;
import nl.thuisbasis.reports.template.ReplyTemplates;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The settings page of reports: the routing rules (for municipalities and the region) and the reply templates, each
 * with its own form on the same page (field names unique on the page, so a problem shows at the right field).
 */
@Controller
class ReportSettingsPageController {

    /** The targets a rule may have (the region's unassigned queue is what remains when no rule applies). */
    static final List<Routing.Target> TARGETS = List.of(Routing.Target.PROVIDER, Routing.Target.MUNICIPALITY, Routing.Target.POLICE);

    private final RoutingRules rules;
    private final ReplyTemplates templates;
    private final ReportProperties properties;
    private final Forms forms;
    private final OnceOnly once;

    ReportSettingsPageController(RoutingRules rules, ReplyTemplates templates, ReportProperties properties, Forms forms,
            OnceOnly once) {
        this.once = once;
        this.rules = rules;
        this.templates = templates;
        this.properties = properties;
        this.forms = forms;
    }

    @GetMapping("/meldingen/instellingen")
    String settings(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, RuleForm.EMPTY, TemplateForm.EMPTY, model);
    }

    @PostMapping("/meldingen/instellingen/regels")
    String addRule(@ModelAttribute("ruleForm") RuleForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        form = Forms.entered(form, binding, RuleForm.class);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(RoutingRules.REFUSED, rules.problems(user, form.draft()));
            }
            RuleForm entered = form;
            return "redirect:" + once.submit(form.onceToken(), "reports.settings.rule", () -> {
                rules.add(user, entered.draft());
                return "/meldingen/instellingen?regel";
            });
        } catch (Refused refused) {
            response.setStatus(refused.status());
            forms.show(model, binding, refused);
            return page(user, form, TemplateForm.EMPTY, model);
        }
    }

    @PostMapping("/meldingen/instellingen/regels/{id}/verwijderen")
    String removeRule(@PathVariable RoutingRuleId id, @AuthenticationPrincipal CurrentUser user) {
        rules.remove(user, id);
        return "redirect:/meldingen/instellingen?verwijderd";
    }

    @PostMapping("/meldingen/instellingen/sjablonen")
    String addTemplate(@ModelAttribute("templateForm") TemplateForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        form = Forms.entered(form, binding, TemplateForm.class);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(ReplyTemplates.REFUSED, templates.problems(form.draft()));
            }
            TemplateForm entered = form;
            return "redirect:" + once.submit(form.onceToken(), "reports.settings.template", () -> {
                templates.add(user, entered.draft());
                return "/meldingen/instellingen?sjabloon";
            });
        } catch (Refused refused) {
            response.setStatus(refused.status());
            forms.show(model, binding, refused);
            return page(user, RuleForm.EMPTY, form, model);
        }
    }

    @PostMapping("/meldingen/instellingen/sjablonen/{id}/verwijderen")
    String removeTemplate(@PathVariable ReplyTemplateId id, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        try {
            templates.remove(user, id);
            return "redirect:/meldingen/instellingen?verwijderd";
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.NOT_FOUND) {
                throw refused;
            }
            // a shared template stays
            response.setStatus(refused.status());
            forms.show(model, null, refused);
            return page(user, RuleForm.EMPTY, TemplateForm.EMPTY, model);
        }
    }

    private String page(CurrentUser user, RuleForm rule, TemplateForm template, Model model) {
        if (!Staff.handlesReports(user.role())) {
            throw new AccessDeniedException("reports are handled by providers, municipalities and the region");
        }
        boolean keepsRules = RoutingRules.keepsRules(user);
        model.addAttribute("keepsRules", keepsRules);
        model.addAttribute("rules", keepsRules ? rules.list(user) : List.of());
        model.addAttribute("municipalities", keepsRules ? rules.municipalityChoices(user) : List.of());
        model.addAttribute("facilities", keepsRules ? rules.facilityChoices(user) : List.of());
        model.addAttribute("templates", templates.forUser(user));
        model.addAttribute("templateSteps", ReplyTemplates.STEPS);
        model.addAttribute("categories", properties.categories());
        model.addAttribute("targets", TARGETS);
        model.addAttribute("ownMunicipality", user.organisation().municipalityCode());
        model.addAttribute("ruleForm", rule);
        model.addAttribute("templateForm", template);
        return "reports/settings";
    }
}
