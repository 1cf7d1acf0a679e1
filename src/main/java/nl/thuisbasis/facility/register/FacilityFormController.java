package nl.thuisbasis.facility.register;

import nl.thuisbasis.identity.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.facility.CapacityUnit;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;
import nl.thuisbasis.facility.domain.FacilityAccess;
import nl.thuisbasis.identity.Viewer;
import nl.thuisbasis.facility.geocoding.GeocodedAddress;
import nl.thuisbasis.facility.geocoding.Geocoder;
import nl.thuisbasis.facility.geocoding.GeocoderUnavailableException;
import nl.thuisbasis.identity.Organisation;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Registering, changing and removing a facility in the browser, its detail page and the address search for the
 * form. Every mistake is shown next to its field, in the reader's language, with everything typed kept; nothing half
 * is saved. Someone else's change made meanwhile is shown beside the form instead of being overwritten.
 */
@Controller
class FacilityFormController {

    private final FacilityService service;
    private final Organisations organisations;
    private final Geocoder geocoder;
    private final Forms forms;
    private final Messages messages;
    private final OnceOnly once;
    private final RegionCatalog regions;

    FacilityFormController(FacilityService service, Organisations organisations, Geocoder geocoder, Forms forms,
            Messages messages, OnceOnly once, RegionCatalog regions) {
        this.regions = regions;
        this.once = once;
        this.service = service;
        this.organisations = organisations;
        this.geocoder = geocoder;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/voorzieningen/nieuw")
    String newForm(Model model) {
        Viewer viewer = requireRegistrar();
        List<Organisation> providers = service.providersFor(viewer);
        return form(model, FacilityForm.empty(providers.size() == 1 ? providers.getFirst().code() : null), null, null);
    }

    @PostMapping("/voorzieningen/nieuw")
    String create(@ModelAttribute(FacilityForm.NAME) FacilityForm form, BindingResult binding, Model model,
            HttpServletResponse response) {
        Viewer viewer = requireRegistrar();
        form = Forms.entered(form, binding, FacilityForm.class);
        try {
            FacilityDraft draft = form.draft(false);
            if (Forms.unreadable(binding)) {
                // what could not be read, and with it everything else that is wrong: one round trip shows it all
                throw Refused.invalid(FacilityService.REFUSED, service.problems(viewer, draft));
            }
            return "redirect:" + once.submit(form.onceToken(), "facility.register",
                    () -> "/voorzieningen/" + service.register(viewer, draft).id() + "?opgeslagen");
        } catch (Refused refused) {
            if (refused.kind() != Refused.Kind.INVALID) {
                throw refused;
            }
            response.setStatus(refused.status());
            forms.show(model, binding, onForm(refused.problems(), binding));
            return form(model, form, null, null);
        }
    }

    // The path variable is not called "id": path variables are in the page's model, and the shared form fragments take
    // a variable "id" as the element id of every field.
    @GetMapping("/voorzieningen/{facilityId}")
    String detail(@PathVariable("facilityId") FacilityId id, Model model) {
        FacilityView view = visible(id);
        model.addAttribute("facility", FacilityResponse.of(view, organisations.nameOf(view.facility().providerCode())));
        model.addAttribute("editable", view.editable());
        // the municipality, district and neighbourhood by name (their codes only in the links)
        java.util.Map<String, String> areaNames = new java.util.HashMap<>();
        Facility f = view.facility();
        regions.areas(java.util.stream.Stream.of(f.municipalityCode(), f.districtCode(), f.neighbourhoodCode())
                .filter(java.util.Objects::nonNull).toList()).forEach(a -> areaNames.put(a.code(), a.name()));
        model.addAttribute("areaNames", areaNames);
        return "facility/detail";
    }

    @GetMapping("/voorzieningen/{facilityId}/bewerken")
    String editForm(@PathVariable("facilityId") FacilityId id, Model model) {
        FacilityView view = editable(id);
        return form(model, FacilityForm.of(view.facility()), view.facility(), null);
    }

    @PostMapping("/voorzieningen/{facilityId}/bewerken")
    String update(@PathVariable("facilityId") FacilityId id, @ModelAttribute(FacilityForm.NAME) FacilityForm form,
            BindingResult binding, Model model, HttpServletResponse response) {
        FacilityView view = editable(id);
        Viewer viewer = CurrentUser.currentViewer();
        form = Forms.entered(form, binding, FacilityForm.class);
        try {
            FacilityDraft draft = form.draft(view.facility().generated());
            if (Forms.unreadable(binding) || form.version() == null) {
                List<Problem> problems = new ArrayList<>();
                if (form.version() == null) {
                    problems.add(Problem.of("facility.problem.form.version"));
                }
                problems.addAll(service.problems(viewer, draft));
                throw Refused.invalid(FacilityService.REFUSED, problems);
            }
            service.change(viewer, id, form.version(), draft);
            return "redirect:/voorzieningen/" + id + "?opgeslagen";
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.CONFLICT) {
                // someone else changed it meanwhile: show what is stored now; what this person typed stays in the form
                Facility current = service.find(viewer, id).map(FacilityView::facility).orElseThrow(() -> refused);
                response.setStatus(refused.status());
                return form(model, form, current, current);
            }
            if (refused.kind() != Refused.Kind.INVALID) {
                throw refused;
            }
            response.setStatus(refused.status());
            forms.show(model, binding, onForm(refused.problems(), binding));
            return form(model, form, view.facility(), null);
        }
    }

    /**
     * The confirm step before removing: names the facility and carries the version the user saw on the detail page
     * (or the current one), so that a change made meanwhile is not removed unseen.
     */
    @GetMapping("/voorzieningen/{facilityId}/verwijderen")
    String confirmDelete(@PathVariable("facilityId") FacilityId id,
            @RequestParam(name = "versie", required = false) Integer version, Model model) {
        FacilityView view = editable(id);
        model.addAttribute("facility", FacilityResponse.of(view, organisations.nameOf(view.facility().providerCode())));
        model.addAttribute("version", version == null ? view.facility().version() : version);
        return "facility/delete";
    }

    @PostMapping("/voorzieningen/{facilityId}/verwijderen")
    String delete(@PathVariable("facilityId") FacilityId id, @RequestParam int version) {
        visible(id);
        try {
            service.remove(CurrentUser.currentViewer(), id, version);
            return "redirect:/voorzieningen/kaart?verwijderd";
        } catch (Refused refused) {
            if (refused.kind() != Refused.Kind.CONFLICT) {
                throw refused;
            }
            return "redirect:/voorzieningen/" + id + "?gewijzigd";
        }
    }

    @GetMapping("/voorzieningen/adres-zoeken")
    @ResponseBody
    ResponseEntity<Map<String, Object>> searchAddress(@RequestParam(defaultValue = "") String q) {
        requireRegistrar();
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            List<GeocodedAddress> hits = geocoder.search(q.length() > 200 ? q.substring(0, 200) : q);
            body.put("results", hits);
            return ResponseEntity.ok(body);
        } catch (GeocoderUnavailableException e) {
            body.put("error", messages.text("facility.geocoder.unavailable"));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(body);
        }
    }

    /**
     * The form page. {@code existing} is the facility being changed (null for a new one); {@code current}, when set, is
     * what is stored now after someone else changed it: the page shows it, and saving again takes its version.
     */
    private String form(Model model, FacilityForm form, Facility existing, Facility current) {
        model.addAttribute(FacilityForm.NAME, form);
        model.addAttribute("existing", existing);
        model.addAttribute("current", current);
        model.addAttribute("conflict", current != null);
        model.addAttribute("providers", service.providersFor(CurrentUser.currentViewer()).stream()
                .map(o -> new Choice(o.code(), o.name())).toList());
        model.addAttribute("types", FacilityType.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("statuses", FacilityStatus.values());
        model.addAttribute("units", CapacityUnit.values());
        return "facility/form";
    }

    /**
     * The register's problems as the form shows them: the point at the longitude field, and nothing more for a field
     * whose value could not be read at all (it already has its problem from binding).
     */
    private static List<Problem> onForm(List<Problem> problems, BindingResult binding) {
        List<Problem> shown = new ArrayList<>();
        for (Problem p : problems) {
            boolean point = "point".equals(p.field());
            if (point && (binding.hasFieldErrors("lon") || binding.hasFieldErrors("lat"))
                    || p.field() != null && binding.hasFieldErrors(p.field())) {
                continue;
            }
            shown.add(point ? p.on("lon") : p);
        }
        return shown;
    }

    private FacilityView visible(FacilityId id) {
        return service.find(CurrentUser.currentViewer(), id).orElseThrow(Refused::notFound);
    }

    private FacilityView editable(FacilityId id) {
        FacilityView view = visible(id);
        if (!view.editable()) {
            throw new AccessDeniedException("not editable");
        }
        return view;
    }

    private static Viewer requireRegistrar() {
        Viewer viewer = CurrentUser.currentViewer();
        if (!FacilityAccess.mayRegisterAny(viewer)) {
            throw new AccessDeniedException("may not register facilities");
        }
        return viewer;
    }
}
