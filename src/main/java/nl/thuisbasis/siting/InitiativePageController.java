package nl.thuisbasis.siting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.facility.CapacityUnit;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.siting.domain.InitiativeStep;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** New facility initiatives in the browser: the overview, registering one, and recording its steps. */
@Controller
class InitiativePageController {

    private final Initiatives initiatives;
    private final SavedScans scans;
    private final Organisations organisations;

    InitiativePageController(Initiatives initiatives, SavedScans scans, Organisations organisations) {
        this.initiatives = initiatives;
        this.scans = scans;
        this.organisations = organisations;
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
        return form(model, Map.of(), List.of());
    }

    @PostMapping("/initiatieven/nieuw")
    String create(@RequestParam Map<String, String> form, @RequestParam(required = false) List<String> targetGroups, Model model) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        List<String> problems = new ArrayList<>();
        FacilityType type = parse(FacilityType.class, form.get("type"), "Kies het soort voorziening.", problems);
        CapacityUnit unit = parse(CapacityUnit.class, form.getOrDefault("unit", "PLACES"), "Kies de eenheid.", problems);
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (targetGroups != null) {
            targetGroups.forEach(g -> {
                TargetGroup group = parse(TargetGroup.class, g, "Onbekende doelgroep.", problems);
                if (group != null) {
                    groups.add(group);
                }
            });
        }
        Integer capacity = integer(form.get("capacity"), problems);
        Double lon = decimal(form.get("lon"), problems);
        Double lat = decimal(form.get("lat"), problems);
        if (problems.isEmpty()) {
            FacilityDraft intended = new FacilityDraft(form.get("name"), type, groups, form.get("providerCode"), null,
                    form.get("street"), form.get("houseNumber"), form.get("postcode"), form.get("place"), lon, lat,
                    capacity, unit, null, null, null, null, true, null, null, false, false, false);
            try {
                Initiative created = initiatives.create(user, form.get("name"), intended);
                return "redirect:/initiatieven/" + created.id();
            } catch (Initiatives.Refused e) {
                problems.addAll(e.problems());
            }
        }
        return form(model, form, problems);
    }

    @GetMapping("/initiatieven/{id}")
    String detail(@PathVariable String id, Model model) {
        return detail(id, model, List.of());
    }

    @PostMapping("/initiatieven/{id}/stappen")
    String recordStep(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        List<String> problems = new ArrayList<>();
        InitiativeStep step = parse(InitiativeStep.class, form.get("step"), "Kies de stap.", problems);
        LocalDate date = date(form.get("date"), "de datum", problems);
        LocalDate published = date(form.get("publishedOn"), "de publicatiedatum", problems);
        UUID scanId = null;
        if (form.get("scanId") != null && !form.get("scanId").isBlank()) {
            try {
                scanId = UUID.fromString(form.get("scanId"));
            } catch (IllegalArgumentException e) {
                problems.add("Kies een bewaarde scan.");
            }
        }
        Boolean approved = form.get("approved") == null || form.get("approved").isBlank() ? null : "true".equals(form.get("approved"));
        if (problems.isEmpty()) {
            try {
                initiatives.recordStep(user, parseId(id), new Initiatives.StepInput(step, date, scanId,
                        blank(form.get("decisionBody")), approved, published, form.get("notes"), form.get("links")));
                return "redirect:/initiatieven/" + id + "?vastgelegd";
            } catch (Initiatives.Refused e) {
                problems.addAll(e.problems());
            }
        }
        model.addAttribute("entered", form);
        return detail(id, model, problems);
    }

    private String detail(String id, Model model, List<String> problems) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        Initiative initiative = initiatives.find(user, parseId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("initiative", initiative);
        model.addAttribute("providerName", organisations.nameOf(initiative.providerCode()));
        model.addAttribute("steps", InitiativeStep.values());
        model.addAttribute("scans", scans.list(initiative.municipalityCode(), 50, 0));
        model.addAttribute("problems", problems);
        model.addAttribute("today", LocalDate.now());
        if (!model.containsAttribute("entered")) {
            model.addAttribute("entered", Map.of());
        }
        return "siting/initiative";
    }

    private String form(Model model, Map<String, String> entered, List<String> problems) {
        model.addAttribute("entered", entered);
        model.addAttribute("problems", problems);
        model.addAttribute("types", FacilityType.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("units", CapacityUnit.values());
        model.addAttribute("providers", organisations.ofType(OrganisationType.CARE_PROVIDER));
        return "siting/initiative-form";
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String message, List<String> problems) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(message);
            return null;
        }
    }

    private static Integer integer(String value, List<String> problems) {
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            problems.add("Vul de capaciteit in als geheel getal.");
            return null;
        }
    }

    private static Double decimal(String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null; // the register's rules report the missing point
        }
        try {
            return Double.parseDouble(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add("'" + value + "' is geen getal.");
            return null;
        }
    }

    private static LocalDate date(String value, String label, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add("'" + value + "' is geen geldige datum voor " + label + ".");
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
