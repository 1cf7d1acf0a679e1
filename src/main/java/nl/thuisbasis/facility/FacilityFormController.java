package nl.thuisbasis.facility;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.thuisbasis.facility.domain.FacilityAccess;
import nl.thuisbasis.facility.domain.FieldProblem;
import nl.thuisbasis.facility.domain.Viewer;
import nl.thuisbasis.facility.geocoding.GeocodedAddress;
import nl.thuisbasis.facility.geocoding.Geocoder;
import nl.thuisbasis.facility.geocoding.GeocoderUnavailableException;
import nl.thuisbasis.identity.Organisations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Registering, changing and removing a facility in the browser, its detail page, the address search for the
 * form, and the spreadsheet import page. Every mistake is shown in Dutch next to its field; nothing half is saved.
 */
@Controller
class FacilityFormController {

    private final FacilityService service;
    private final FacilityImport importer;
    private final Organisations organisations;
    private final Geocoder geocoder;

    FacilityFormController(FacilityService service, FacilityImport importer, Organisations organisations, Geocoder geocoder) {
        this.service = service;
        this.importer = importer;
        this.organisations = organisations;
        this.geocoder = geocoder;
    }

    /** The form as typed: text everywhere, so that wrong input comes back unchanged with its message. */
    public record FormData(String name, String type, List<String> targetGroups, String providerCode, String owner,
            String street, String houseNumber, String postcode, String place, String lon, String lat, String capacity,
            String capacityUnit, String status, String statusSince, String openedOn, String closedOn, Boolean contracted,
            String publicContact, String url, Boolean secretAddress, Boolean publiclyListed, Integer version) {

        public FormData {
            targetGroups = targetGroups == null ? List.of() : targetGroups;
        }

        static FormData empty(String providerCode) {
            return new FormData("", "", List.of(), providerCode, "", "", "", "", "", "", "", "", "PLACES", "PLANNED",
                    "", "", "", false, "", "", false, false, null);
        }

        static FormData of(Facility f) {
            return new FormData(f.name(), f.type().name(), f.targetGroups().stream().map(Enum::name).toList(),
                    f.providerCode(), nz(f.owner()), f.street(), f.houseNumber(), f.postcode(), f.place(),
                    Double.toString(f.lon()), Double.toString(f.lat()), Integer.toString(f.capacity()),
                    f.capacityUnit().name(), f.status().name(), text(f.statusSince()), text(f.openedOn()),
                    text(f.closedOn()), f.contracted(), nz(f.publicContact()), nz(f.url()), f.secretAddress(),
                    f.publiclyListed(), f.version());
        }

        FacilityDraft toDraft(List<FieldProblem> problems, boolean generated) {
            Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
            targetGroups.forEach(g -> {
                TargetGroup group = FacilityRequest.parse(TargetGroup.class, "targetGroups", g, problems);
                if (group != null) {
                    groups.add(group);
                }
            });
            return new FacilityDraft(name, FacilityRequest.parse(FacilityType.class, "type", type, problems), groups,
                    providerCode, owner, street, houseNumber, postcode, place, decimal("point", lon, problems),
                    decimal("point", lat, problems), integer(capacity, problems),
                    FacilityRequest.parse(CapacityUnit.class, "capacityUnit", capacityUnit, problems),
                    FacilityRequest.parse(FacilityStatus.class, "status", status, problems),
                    date("statusSince", statusSince, problems), date("openedOn", openedOn, problems),
                    date("closedOn", closedOn, problems), Boolean.TRUE.equals(contracted), publicContact, url,
                    Boolean.TRUE.equals(secretAddress), Boolean.TRUE.equals(publiclyListed), generated);
        }

        private static Double decimal(String field, String value, List<FieldProblem> problems) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Double.parseDouble(value.trim().replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem(field, "'" + value + "' is geen getal (bijvoorbeeld 4.6725)."));
                return null;
            }
        }

        private static Integer integer(String value, List<FieldProblem> problems) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("capacity", "'" + value + "' is geen geheel getal."));
                return null;
            }
        }

        private static LocalDate date(String field, String value, List<FieldProblem> problems) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field, "'" + value + "' is geen datum (jjjj-mm-dd)."));
                return null;
            }
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }

        private static String text(LocalDate d) {
            return d == null ? "" : d.toString();
        }
    }

    @GetMapping("/voorzieningen/nieuw")
    String newForm(Model model) {
        Viewer viewer = requireRegistrar();
        List<nl.thuisbasis.identity.Organisation> providers = service.providersFor(viewer);
        return form(model, FormData.empty(providers.size() == 1 ? providers.getFirst().code() : ""), Map.of(), null, null);
    }

    @PostMapping("/voorzieningen/nieuw")
    String create(@ModelAttribute FormData data, Model model) {
        Viewer viewer = requireRegistrar();
        List<FieldProblem> problems = new ArrayList<>();
        FacilityDraft draft = data.toDraft(problems, false);
        if (!problems.isEmpty()) {
            // what could not be read first, then everything else that is wrong, so one round trip shows it all
            problems.addAll(service.check(viewer, draft));
            return form(model, data, errors(problems), null, null);
        }
        try {
            Facility created = service.register(viewer, draft);
            return "redirect:/voorzieningen/" + created.id() + "?opgeslagen";
        } catch (FacilityRejected e) {
            return form(model, data, errors(e.problems()), null, null);
        }
    }

    @GetMapping("/voorzieningen/{id}")
    String detail(@PathVariable String id, Model model) {
        FacilityView view = visible(id);
        model.addAttribute("facility", FacilityResponse.of(view, organisations.nameOf(view.facility().providerCode())));
        model.addAttribute("editable", view.editable());
        return "facility/detail";
    }

    @GetMapping("/voorzieningen/{id}/bewerken")
    String editForm(@PathVariable String id, Model model) {
        FacilityView view = visible(id);
        if (!view.editable()) {
            throw new AccessDeniedException("not editable");
        }
        return form(model, FormData.of(view.facility()), Map.of(), view.facility(), null);
    }

    @PostMapping("/voorzieningen/{id}/bewerken")
    String update(@PathVariable String id, @ModelAttribute FormData data, Model model) {
        FacilityView view = visible(id);
        if (!view.editable()) {
            throw new AccessDeniedException("not editable");
        }
        List<FieldProblem> problems = new ArrayList<>();
        FacilityDraft draft = data.toDraft(problems, view.facility().generated());
        if (data.version() == null) {
            problems.add(new FieldProblem("version", "De versie ontbreekt; laad de pagina opnieuw."));
        }
        if (!problems.isEmpty()) {
            problems.addAll(service.check(Viewers.current(), draft));
            return form(model, data, errors(problems), view.facility(), null);
        }
        try {
            service.change(Viewers.current(), view.facility().id(), data.version(), draft);
            return "redirect:/voorzieningen/" + id + "?opgeslagen";
        } catch (FacilityRejected e) {
            return form(model, data, errors(e.problems()), view.facility(), null);
        } catch (FacilityConflict e) {
            return form(model, data, Map.of(), view.facility(), e.current() == null ? FormData.empty("") : FormData.of(e.current()));
        }
    }

    /**
     * The confirm step before removing: names the facility and carries the version the user saw on the detail page
     * (or the current one), so that a change made meanwhile is not removed unseen.
     */
    @GetMapping("/voorzieningen/{id}/verwijderen")
    String confirmDelete(@PathVariable String id, @RequestParam(name = "versie", required = false) Integer version,
            Model model) {
        FacilityView view = visible(id);
        if (!view.editable()) {
            throw new AccessDeniedException("not editable");
        }
        model.addAttribute("facility", FacilityResponse.of(view, organisations.nameOf(view.facility().providerCode())));
        model.addAttribute("version", version == null ? view.facility().version() : version);
        return "facility/delete";
    }

    @PostMapping("/voorzieningen/{id}/verwijderen")
    String delete(@PathVariable String id, @RequestParam int version, Model model) {
        FacilityView view = visible(id);
        try {
            service.remove(Viewers.current(), view.facility().id(), version);
            return "redirect:/voorzieningen/kaart?verwijderd";
        } catch (FacilityConflict e) {
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
            body.put("error", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(body);
        }
    }

    /** The facilities the user sees in full, in the import layout: a starting point for a spreadsheet. */
    @GetMapping({"/voorzieningen/bestand.xlsx", "/voorzieningen/bestand.csv"})
    ResponseEntity<byte[]> file(jakarta.servlet.http.HttpServletRequest request) {
        requireRegistrar();
        boolean xlsx = request.getRequestURI().endsWith(".xlsx");
        List<Facility> rows = service.list(Viewers.current(), FacilityFilter.ALL).stream()
                .filter(v -> v.visibility() == nl.thuisbasis.facility.domain.Visibility.FULL).map(FacilityView::facility).toList();
        return ResponseEntity.ok()
                .contentType(xlsx ? FacilityFileApiController.XLSX : FacilityFileApiController.CSV)
                .header("Content-Disposition", "attachment; filename=\"voorzieningen-" + LocalDate.now() + (xlsx ? ".xlsx" : ".csv") + "\"")
                .body(xlsx ? FacilitySpreadsheets.writeXlsx(rows) : FacilitySpreadsheets.writeCsv(rows));
    }

    @GetMapping("/voorzieningen/import")
    String importForm() {
        requireRegistrar();
        return "facility/import";
    }

    @PostMapping("/voorzieningen/import")
    String importFile(@RequestParam("bestand") MultipartFile file, Model model) throws IOException {
        Viewer viewer = requireRegistrar();
        if (file.isEmpty()) {
            model.addAttribute("problems", List.of(new FacilityImport.Problem(0, "", "Kies een bestand.")));
            return "facility/import";
        }
        FacilityImport.Outcome outcome = importer.importFile(viewer, file.getOriginalFilename() == null ? "upload"
                : file.getOriginalFilename(), file.getBytes());
        model.addAttribute("fileName", file.getOriginalFilename());
        if (outcome.succeeded()) {
            model.addAttribute("created", outcome.created());
        } else {
            model.addAttribute("problems", outcome.problems());
        }
        return "facility/import";
    }

    private String form(Model model, FormData data, Map<String, String> errors, Facility existing, FormData current) {
        Viewer viewer = Viewers.current();
        model.addAttribute("data", data);
        model.addAttribute("errors", errors);
        model.addAttribute("existing", existing);
        model.addAttribute("current", current);
        model.addAttribute("conflict", current != null);
        model.addAttribute("providers", service.providersFor(viewer));
        model.addAttribute("types", FacilityType.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("statuses", FacilityStatus.values());
        model.addAttribute("units", CapacityUnit.values());
        return "facility/form";
    }

    private FacilityView visible(String id) {
        return FacilityId.parse(id).flatMap(fid -> service.find(Viewers.current(), fid))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Viewer requireRegistrar() {
        Viewer viewer = Viewers.current();
        if (!FacilityAccess.mayRegisterAny(viewer)) {
            throw new AccessDeniedException("may not register facilities");
        }
        return viewer;
    }

    /** The first problem per field, keyed by the form's field name ("point" covers lon and lat). */
    private static Map<String, String> errors(List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach(p -> errors.putIfAbsent(p.field(), p.message()));
        return errors;
    }
}
