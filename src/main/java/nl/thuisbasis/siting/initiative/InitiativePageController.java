package nl.thuisbasis.siting.initiative;

import jakarta.servlet.http.HttpServletResponse;
import nl.thuisbasis.facility.CapacityUnit;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.siting.domain.InitiativeStep;
import nl.thuisbasis.siting.scan.SavedScans;
import nl.thuisbasis.siting.shared.FormChecks;
import nl.thuisbasis.siting.shared.SitingAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** New facility initiatives in the browser: the overview, registering one, and recording its steps. */
@Controller
class InitiativePageController {

    /** How many saved scans of the municipality the step form offers: the newest. */
    static final int SCAN_CHOICES = 50;

    private final Initiatives initiatives;
    private final SavedScans scans;
    private final Organisations organisations;
    private final Forms forms;
    private final OnceOnly once;

    InitiativePageController(Initiatives initiatives, SavedScans scans, Organisations organisations, Forms forms,
            OnceOnly once) {
        this.once = once;
        this.initiatives = initiatives;
        this.scans = scans;
        this.organisations = organisations;
        this.forms = forms;
    }


    @GetMapping("/initiatieven")
    String overview(Model model) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        model.addAttribute("initiatives", initiatives.list(user));
        return "siting/initiatives";
    }

    @GetMapping("/initiatieven/nieuw")
    String newForm(Model model) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        model.addAttribute("form", InitiativeForm.EMPTY);
        return form(model);
    }

    @PostMapping("/initiatieven/nieuw")
    String create(@ModelAttribute("form") InitiativeForm form, BindingResult binding, Model model,
            HttpServletResponse response) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        form = Forms.entered(form, binding, InitiativeForm.class);
        model.addAttribute("form", form);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Initiatives.REFUSED,
                        FormChecks.besides(binding, initiatives.problems(form.name(), form.intended())));
            }
            InitiativeForm entered = form;
            return "redirect:" + once.submit(form.onceToken(), "siting.initiative",
                    () -> "/initiatieven/" + initiatives.create(user, entered.name(), entered.intended()).id());
        } catch (Refused refused) {
            response.setStatus(refused.status());
            forms.show(model, binding, refused);
            return form(model);
        }
    }

    @GetMapping("/initiatieven/{id}")
    String detail(@PathVariable InitiativeId id, Model model) {
        model.addAttribute("form", StepForm.EMPTY);
        return page(id, model);
    }

    @PostMapping("/initiatieven/{id}/stappen")
    String recordStep(@PathVariable InitiativeId id, @ModelAttribute("form") StepForm form, BindingResult binding,
            Model model, HttpServletResponse response) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        form = Forms.entered(form, binding, StepForm.class);
        model.addAttribute("form", form);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Initiatives.REFUSED,
                        FormChecks.besides(binding, initiatives.stepProblems(user, id.value(), form.input())));
            }
            StepInput input = form.input();
            return "redirect:" + once.submit(form.onceToken(), "siting.initiative.step", () -> {
                initiatives.recordStep(user, id.value(), input);
                return "/initiatieven/" + id + "?vastgelegd";
            });
        } catch (Refused refused) {
            response.setStatus(refused.status());
            forms.show(model, binding, refused);
            return page(id, model);
        }
    }

    private String page(InitiativeId id, Model model) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        Initiative initiative = initiatives.find(user, id.value()).orElseThrow(Refused::notFound);
        model.addAttribute("initiative", initiative);
        model.addAttribute("providerName", organisations.nameOf(initiative.providerCode()));
        model.addAttribute("steps", InitiativeStep.values());
        model.addAttribute("scans", scans.list(initiative.municipalityCode(), SCAN_CHOICES, 0));
        model.addAttribute("scanChoices", SCAN_CHOICES);
        return "siting/initiative";
    }

    private String form(Model model) {
        model.addAttribute("types", FacilityType.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("units", CapacityUnit.values());
        model.addAttribute("providers", organisations.ofType(OrganisationType.CARE_PROVIDER).stream()
                .map(o -> new Choice(o.code(), o.name())).toList());
        return "siting/initiative-form";
    }
}
