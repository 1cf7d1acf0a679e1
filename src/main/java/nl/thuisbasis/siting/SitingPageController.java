package nl.thuisbasis.siting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.region.RegionProperties;
import nl.thuisbasis.siting.domain.IndicatorWeight;
import nl.thuisbasis.siting.domain.ScoringModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The capacity scan in the browser: choose a point on the map, see the verdict and why, save it as a decision
 * record (with PDF), notes on the neighbourhood, the region heatmap with its table, and the scoring model.
 */
@Controller
class SitingPageController {

    private final ScanService scans;
    private final SavedScans saved;
    private final ScanReport report;
    private final ScoringModels models;
    private final RegionCatalog regions;
    private final RegionProperties regionProperties;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ProcessingLog log;
    private final LocalIndexImport indices;

    SitingPageController(ScanService scans, SavedScans saved, ScanReport report, ScoringModels models, RegionCatalog regions,
            RegionProperties regionProperties, JdbcClient jdbc, JsonMapper json, ProcessingLog log, LocalIndexImport indices) {
        this.indices = indices;
        this.scans = scans;
        this.saved = saved;
        this.report = report;
        this.models = models;
        this.regions = regions;
        this.regionProperties = regionProperties;
        this.jdbc = jdbc;
        this.json = json;
        this.log = log;
    }

    @GetMapping("/draagkracht")
    String start(@RequestParam(required = false) String lon, @RequestParam(required = false) String lat,
            @RequestParam(required = false) String type, @RequestParam(required = false) String capacity,
            @RequestParam(required = false) String address, Model model) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        model.addAttribute("lon", lon == null ? "" : lon);
        model.addAttribute("lat", lat == null ? "" : lat);
        model.addAttribute("type", type == null ? "" : type);
        model.addAttribute("capacity", capacity == null ? "" : capacity);
        model.addAttribute("address", address == null ? "" : address);
        model.addAttribute("recent", saved.list(scope(), 10, 0));
        return page(model, "siting/start");
    }

    @GetMapping("/draagkracht/scan")
    String scan(@RequestParam(required = false) String lon, @RequestParam(required = false) String lat,
            @RequestParam(required = false) String type, @RequestParam(required = false) String capacity,
            @RequestParam(required = false) String address, Model model) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        List<String> problems = new ArrayList<>();
        ScanRequest request = request(lon, lat, type, capacity, address, problems);
        if (request != null) {
            try {
                ScanResult result = scans.scan(request);
                model.addAttribute("scan", ScanSnapshot.of(result, null, user.getUsername(), user.organisationCode(), null));
                model.addAttribute("saved", false);
                return result(model);
            } catch (ScanService.ScanRefused e) {
                problems.add(e.getMessage());
            }
        }
        model.addAttribute("problems", problems);
        return start(lon, lat, type, capacity, address, model);
    }

    @PostMapping("/draagkracht/scans")
    String save(@RequestParam(required = false) String lon, @RequestParam(required = false) String lat,
            @RequestParam(required = false) String type, @RequestParam(required = false) String capacity,
            @RequestParam(required = false) String address, Model model) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        List<String> problems = new ArrayList<>();
        ScanRequest request = request(lon, lat, type, capacity, address, problems);
        if (request == null) {
            model.addAttribute("problems", problems);
            return start(lon, lat, type, capacity, address, model);
        }
        try {
            ScanSnapshot snapshot = saved.save(scans.scan(request), user.getUsername(), user.organisationCode());
            return "redirect:/draagkracht/scans/" + snapshot.id() + "?bewaard";
        } catch (ScanService.ScanRefused e) {
            model.addAttribute("problems", List.of(e.getMessage()));
            return start(lon, lat, type, capacity, address, model);
        }
    }

    @GetMapping("/draagkracht/scans/{id}")
    String savedScan(@PathVariable String id, Model model) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        model.addAttribute("scan", find(id));
        model.addAttribute("saved", true);
        return result(model);
    }

    @GetMapping("/draagkracht/scans/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        ScanSnapshot scan = find(id);
        log.record(Processing.of("siting.scan.pdf", "scan", id, ScoringModels.PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"draagkrachtscan-" + scan.areaCode() + "-"
                        + id.substring(0, 8) + ".pdf\"")
                .body(report.pdf(scan));
    }

    @PostMapping("/draagkracht/notities")
    String addNote(@RequestParam String areaCode, @RequestParam(defaultValue = "") String text,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        if (regions.area(areaCode).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (text.isBlank() || text.length() > 4000) {
            redirect.addFlashAttribute("noteError", true);
        } else {
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into neighbourhood_note (id, area_code, text, author, organisation, noted_on) values (?, ?, ?, ?, ?, ?)")
                    .params(id, areaCode, text.trim(), user.displayName(), user.organisation().name(), LocalDate.now()).update();
            log.record(Processing.of("siting.notes.create", "neighbourhood_note", id.toString(), ScoringModels.PURPOSE,
                    LegalBasis.PUBLIC_TASK_WMO));
            redirect.addFlashAttribute("noteSaved", true);
        }
        return "redirect:" + (back != null && back.startsWith("/draagkracht") ? back : "/draagkracht");
    }

    @GetMapping("/draagkracht/heatmap")
    String heatmap(@RequestParam(defaultValue = "PROTECTED_HOUSING") String type, @RequestParam(defaultValue = "12") String capacity,
            Model model) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        List<String> problems = new ArrayList<>();
        FacilityType facilityType = parseType(type, problems);
        int places = parseCapacity(capacity, problems);
        model.addAttribute("type", type);
        model.addAttribute("capacity", capacity);
        String region = regionProperties.demoRegion();
        model.addAttribute("region", regions.region(region).orElseThrow());
        if (problems.isEmpty()) {
            ScanService.Heatmap heatmap = scans.heatmap(region, facilityType, places);
            Map<String, Area> areas = new LinkedHashMap<>();
            regions.areas(heatmap.cells().stream().map(ScanService.Heatmap.Cell::areaCode).toList())
                    .forEach(a -> areas.put(a.code(), a));
            List<Map<String, Object>> rows = new ArrayList<>();
            Map<String, Object> cells = new LinkedHashMap<>();
            heatmap.cells().stream().sorted(Comparator.comparingDouble((ScanService.Heatmap.Cell c) ->
                    Double.isNaN(c.strain()) ? -1 : c.strain()).reversed()).forEach(c -> {
                Map<String, Object> row = new LinkedHashMap<>();
                Area area = areas.get(c.areaCode());
                row.put("code", c.areaCode());
                row.put("name", area == null ? c.areaCode() : area.name());
                row.put("municipality", area == null ? "" : area.municipalityCode());
                row.put("strain", Double.isNaN(c.strain()) ? null : Math.round(c.strain()));
                row.put("verdict", c.verdict().name());
                rows.add(row);
                cells.put(c.areaCode(), Map.of("verdict", c.verdict().name(),
                        "strain", Double.isNaN(c.strain()) ? -1 : Math.round(c.strain())));
            });
            model.addAttribute("rows", rows);
            model.addAttribute("cells", json.writeValueAsString(cells));
            model.addAttribute("modelVersion", heatmap.modelVersion());
        }
        model.addAttribute("problems", problems);
        return page(model, "siting/heatmap");
    }

    @GetMapping("/draagkracht/model")
    String scoringModel(Model model) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        String region = regionProperties.demoRegion();
        ScoringModel current = models.current(region);
        Map<String, IndicatorWeight> inModel = new LinkedHashMap<>();
        current.indicators().forEach(i -> inModel.put(i.key(), i));
        List<IndicatorWeight> rows = new ArrayList<>(current.indicators());
        models.indicatorsOnOffer().values().stream().filter(i -> !inModel.containsKey(i.key()))
                .forEach(i -> rows.add(new IndicatorWeight(i.key(), i.label(), i.direction(), 0)));
        model.addAttribute("scoringModel", current);
        model.addAttribute("rows", rows);
        model.addAttribute("history", models.history(region));
        model.addAttribute("mayEdit", SitingAccess.has(SitingAccess.MODEL_ROLES));
        model.addAttribute("directions", Direction.values());
        return page(model, "siting/model");
    }

    @PostMapping("/draagkracht/model")
    String saveModel(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        CurrentUser user = SitingAccess.require(SitingAccess.MODEL_ROLES);
        String region = regionProperties.demoRegion();
        List<IndicatorWeight> indicators = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        var offered = models.indicatorsOnOffer();
        for (var indicator : offered.values()) {
            String weight = form.getOrDefault("weight." + indicator.key(), "0").trim().replace(',', '.');
            String direction = form.getOrDefault("direction." + indicator.key(), indicator.direction().name());
            try {
                double w = weight.isEmpty() ? 0 : Double.parseDouble(weight);
                if (w < 0 || w > 100) {
                    problems.add(indicator.label() + ": het gewicht moet tussen 0 en 100 liggen.");
                    continue;
                }
                indicators.add(new IndicatorWeight(indicator.key(), indicator.label(), Direction.valueOf(direction), w));
            } catch (IllegalArgumentException e) {
                problems.add(indicator.label() + ": '" + weight + "' is geen gewicht.");
            }
        }
        double orange = number(form.get("orangeFrom"), problems, "De drempel voor oranje");
        double red = number(form.get("redFrom"), problems, "De drempel voor rood");
        if (problems.isEmpty()) {
            try {
                ScoringModel saved = models.save(region, indicators, orange, red, user.getUsername(), form.get("note"));
                redirect.addFlashAttribute("savedVersion", saved.version());
                return "redirect:/draagkracht/model";
            } catch (ScoringModels.InvalidModelException e) {
                problems.addAll(e.problems());
            }
        }
        model.addAttribute("modelProblems", problems);
        return scoringModel(model);
    }

    @PostMapping("/draagkracht/indices")
    String importIndices(@RequestParam("bestand") org.springframework.web.multipart.MultipartFile file, Model model)
            throws java.io.IOException {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        if (file.isEmpty()) {
            model.addAttribute("indexProblems", List.of(new nl.thuisbasis.siting.domain.LocalIndexFile.Problem(0, "Kies een bestand.")));
        } else {
            LocalIndexImport.Outcome outcome = indices.importCsv(file.getInputStream(),
                    file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename(), user.getUsername());
            if (outcome.succeeded()) {
                model.addAttribute("indexStored", outcome.stored());
            } else {
                model.addAttribute("indexProblems", outcome.problems());
            }
        }
        return scoringModel(model);
    }

    private String result(Model model) {
        ScanSnapshot scan = (ScanSnapshot) model.getAttribute("scan");
        model.addAttribute("facilitiesJson", json.writeValueAsString(scan.facilitiesInRadius()));
        return page(model, "siting/result");
    }

    private String page(Model model, String view) {
        model.addAttribute("types", FacilityType.values());
        model.addAttribute("mayEditModel", SitingAccess.has(SitingAccess.MODEL_ROLES));
        return view;
    }

    private ScanSnapshot find(String id) {
        try {
            return saved.find(UUID.fromString(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** A municipality officer sees the scans of their own municipality; coordinators and admins all. */
    private static String scope() {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        return user.role() == nl.thuisbasis.identity.Role.MUNICIPALITY ? user.organisation().municipalityCode() : null;
    }

    private static ScanRequest request(String lon, String lat, String type, String capacity, String address,
            List<String> problems) {
        Double x = parseDouble(lon);
        Double y = parseDouble(lat);
        if (x == null || y == null) {
            problems.add("Kies een punt op de kaart, of vul lengte- en breedtegraad in.");
        }
        FacilityType facilityType = parseType(type, problems);
        int places = parseCapacity(capacity, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new ScanRequest(x, y, facilityType, places, address == null || address.isBlank() ? null : address.trim());
    }

    private static FacilityType parseType(String type, List<String> problems) {
        try {
            return FacilityType.valueOf(type == null ? "" : type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("Kies het soort voorziening.");
            return null;
        }
    }

    private static int parseCapacity(String capacity, List<String> problems) {
        try {
            int value = Integer.parseInt(capacity == null ? "" : capacity.trim());
            if (value < 1 || value > 2000) {
                problems.add("De capaciteit moet tussen 1 en 2000 liggen.");
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add("Vul de capaciteit in als geheel getal.");
            return 0;
        }
    }

    private static Double parseDouble(String value) {
        try {
            return value == null || value.isBlank() ? null : Double.parseDouble(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double number(String value, List<String> problems, String label) {
        try {
            return Double.parseDouble(value == null ? "" : value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(label + " moet een getal zijn.");
            return 0;
        }
    }
}
