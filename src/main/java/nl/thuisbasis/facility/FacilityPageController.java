package nl.thuisbasis.facility;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.FacilityLayers.PublicArea;
import nl.thuisbasis.facility.FacilityLayers.PublicLayer;
import nl.thuisbasis.facility.domain.FacilityAccess;
import nl.thuisbasis.facility.domain.FieldProblem;
import nl.thuisbasis.facility.domain.Layer;
import nl.thuisbasis.facility.domain.Viewer;
import nl.thuisbasis.identity.Organisation;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.region.MunicipalitySummary;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.region.RegionProperties;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The facility map and its table alternative: one page per view, the layer chosen by who is logged in, the same
 * filters and the same selection behind the map data, the table and the CSV export.
 */
@Controller
class FacilityPageController {

    private final FacilityService service;
    private final FacilityLayers layers;
    private final FacilityQuery query;
    private final Organisations organisations;
    private final RegionCatalog regions;
    private final RegionProperties regionProperties;
    private final MessageSource messages;
    private final ProcessingLog log;

    FacilityPageController(FacilityService service, FacilityLayers layers, FacilityQuery query, Organisations organisations,
            RegionCatalog regions, RegionProperties regionProperties, MessageSource messages, ProcessingLog log) {
        this.service = service;
        this.layers = layers;
        this.query = query;
        this.organisations = organisations;
        this.regions = regions;
        this.regionProperties = regionProperties;
        this.messages = messages;
        this.log = log;
    }

    /** The filter as the page's form sends it; one value per field, empty means all. */
    public record Filters(String municipality, String category, String type, String targetGroup, String provider, String status) {

        public String queryString() {
            StringBuilder q = new StringBuilder();
            append(q, "municipality", municipality);
            append(q, "category", category);
            append(q, "type", type);
            append(q, "targetGroup", targetGroup);
            append(q, "provider", provider);
            append(q, "status", status);
            return q.toString();
        }

        private static void append(StringBuilder q, String name, String value) {
            if (value != null && !value.isBlank()) {
                q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    /** What one viewer sees for one filter: the public areas and points, or the facilities of their layer. */
    public record Selection(Layer layer, List<FacilityResponse> facilities, List<PublicArea> areas,
            List<PublicLayerTotal> municipalities, List<FieldProblem> problems) {

        public int count() {
            return layer == Layer.PUBLIC ? areas.size() + facilities.size() : facilities.size();
        }
    }

    /** A municipality total of the public layer (secret addresses included, never listed one by one). */
    public record PublicLayerTotal(String code, String name, int facilities, int capacityRounded) {
    }

    @GetMapping("/voorzieningen")
    String index(@ModelAttribute Filters filters) {
        String q = filters.queryString();
        return "redirect:/voorzieningen/kaart" + (q.isEmpty() ? "" : "?" + q);
    }

    @GetMapping("/voorzieningen/kaart")
    String map(@ModelAttribute Filters filters, Model model) {
        Selection selection = select(filters);
        page(model, filters, selection);
        return "facility/map";
    }

    @GetMapping("/voorzieningen/tabel")
    String table(@ModelAttribute Filters filters, Model model) {
        Selection selection = select(filters);
        page(model, filters, selection);
        return "facility/table";
    }

    @GetMapping(value = "/voorzieningen/kaart/data", produces = "application/geo+json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> data(@ModelAttribute Filters filters) {
        Selection selection = select(filters);
        List<Map<String, Object>> features = new ArrayList<>();
        Locale locale = LocaleContextHolder.getLocale();
        for (PublicArea area : selection.areas()) {
            if (area.lon() == null) {
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("kind", "area");
            p.put("pc4", area.figures().pc4());
            p.put("place", area.place());
            p.put("suppressed", area.figures().suppressed());
            p.put("facilities", area.figures().facilities());
            p.put("capacity", area.figures().capacityRounded());
            if (!area.figures().suppressed()) {
                Map<String, Integer> categories = new LinkedHashMap<>();
                area.figures().perCategory().forEach((c, n) -> categories.put(label("facility.category." + c.name(), locale), n));
                p.put("categories", categories);
            }
            features.add(GeoJsonPoints.feature(area.figures().pc4(), area.lon(), area.lat(), p));
        }
        for (FacilityResponse f : selection.facilities()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("kind", "facility");
            p.put("id", f.id());
            p.put("detail", f.detail());
            p.put("name", f.name());
            p.put("type", label("facility.type." + f.type(), locale));
            p.put("category", f.category());
            p.put("status", label("facility.status." + f.status(), locale));
            putIfPresent(p, "provider", f.providerName());
            putIfPresent(p, "capacity", f.capacity() == null ? null
                    : f.capacity() + " " + label("facility.unit." + f.capacityUnit(), locale));
            putIfPresent(p, "pc6", f.pc6());
            putIfPresent(p, "url", f.url());
            putIfPresent(p, "publicContact", f.publicContact());
            if (FacilityResponse.showsAddress(nl.thuisbasis.facility.domain.Visibility.valueOf(f.detail().toUpperCase(Locale.ROOT)))) {
                p.put("address", f.street() + " " + f.houseNumber() + ", " + f.postcode() + " " + f.place());
            } else {
                p.put("address", f.pc6() != null ? f.pc6() + " " + f.place() : f.place());
            }
            if ("full".equals(f.detail())) {
                p.put("href", ServletUriComponentsBuilder.fromCurrentContextPath().path("/voorzieningen/{id}")
                        .buildAndExpand(f.id()).toUriString());
            }
            features.add(GeoJsonPoints.feature(f.id(), f.lon(), f.lat(), p));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "FeatureCollection");
        body.put("layer", selection.layer().name());
        body.put("count", selection.count());
        body.put("features", features);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json")).body(body);
    }

    @GetMapping("/voorzieningen/export.csv")
    void export(@ModelAttribute Filters filters, HttpServletResponse response) throws IOException {
        Selection selection = select(filters);
        Locale locale = LocaleContextHolder.getLocale();
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter raw = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
            SafeCsv csv = new SafeCsv(raw);
            if (selection.layer() == Layer.PUBLIC) {
                csv.printRecord("soort_rij", "pc4", "plaats", "voorzieningen", "opvang", "beschermd_wonen",
                        "wonen_met_begeleiding", "overig", "capaciteit_afgerond", "naam", "soort", "adres", "contact_omwonenden");
                for (PublicArea a : selection.areas()) {
                    var f = a.figures();
                    csv.printRecord("postcodegebied", f.pc4(), a.place() == null ? "" : a.place(),
                            f.suppressed() ? "minder dan 3" : f.facilities(),
                            count(f, FacilityCategory.SHELTER), count(f, FacilityCategory.PROTECTED_HOUSING),
                            count(f, FacilityCategory.SUPPORTED_LIVING), count(f, FacilityCategory.OTHER),
                            f.suppressed() ? "" : f.capacityRounded(), "", "", "", "");
                }
                for (FacilityResponse r : selection.facilities()) {
                    csv.printRecord("openbare voorziening", r.pc4(), r.place(), "", "", "", "", "", "", r.name(),
                            label("facility.type." + r.type(), locale),
                            r.street() + " " + r.houseNumber() + ", " + r.postcode() + " " + r.place(),
                            r.publicContact() == null ? "" : r.publicContact());
                }
            } else {
                csv.printRecord("naam", "soort", "zorgaanbieder", "capaciteit", "eenheid", "status", "postcode", "adres",
                        "plaats", "gemeente", "wijk", "buurt", "website", "contact_omwonenden", "detailniveau");
                for (FacilityResponse r : selection.facilities()) {
                    boolean full = "full".equals(r.detail());
                    csv.printRecord(r.name(), label("facility.type." + r.type(), locale), r.providerName(), r.capacity(),
                            label("facility.unit." + r.capacityUnit(), locale), label("facility.status." + r.status(), locale),
                            full ? r.postcode() : r.pc6(), full ? r.street() + " " + r.houseNumber() : "", r.place(),
                            r.municipalityCode(), full ? nullToEmpty(r.districtCode()) : "",
                            full ? nullToEmpty(r.neighbourhoodCode()) : "", nullToEmpty(r.url()), nullToEmpty(r.publicContact()),
                            full ? "volledig" : "postcodegebied (PC6)");
                }
            }
        }
        log.record(Processing.of("facility.export", "facility", null, FacilityService.PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetails(selection.layer().name() + ", " + selection.count() + " regels"));
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"voorzieningen-" + LocalDate.now() + ".csv\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Prints every cell through {@link FacilitySpreadsheets#safeCell}, so no cell opens as a formula. */
    private record SafeCsv(CSVPrinter printer) {
        void printRecord(Object... values) throws IOException {
            List<String> cells = new ArrayList<>();
            for (Object value : values) {
                cells.add(FacilitySpreadsheets.safeCell(value));
            }
            printer.printRecord(cells);
        }
    }

    private Selection select(Filters filters) {
        Viewer viewer = Viewers.current();
        Layer layer = FacilityAccess.layerOf(viewer);
        List<FieldProblem> problems = new ArrayList<>();
        List<String> regionCodes = demoRegion().map(Region::municipalityCodes).orElse(List.of());
        List<String> municipalities = filters.municipality() == null || filters.municipality().isBlank()
                ? regionCodes : List.of(filters.municipality());
        Set<FacilityCategory> categories = EnumSet.noneOf(FacilityCategory.class);
        if (filters.category() != null && !filters.category().isBlank()) {
            FacilityCategory c = FacilityRequest.parse(FacilityCategory.class, "category", filters.category(), problems);
            if (c != null) {
                categories.add(c);
            }
        }
        if (layer == Layer.PUBLIC) {
            // the public may filter by place and broad category only: finer filters would single facilities out
            FacilityFilter filter = query.filter(null, municipalities, List.of(), List.of(), List.of(), List.of(), problems);
            if (!problems.isEmpty()) {
                return new Selection(layer, List.of(), List.of(), List.of(), problems);
            }
            // PC4 figures and municipality totals are never recounted per filter: subtracting two filtered counts
            // would single out one facility. The category filter narrows the publicly listed points only.
            PublicLayer pub = layers.publicLayer(filter.municipalityCodes());
            List<FacilityResponse> listed = pub.facilities().stream()
                    .filter(f -> categories.isEmpty() || categories.contains(f.category()))
                    .map(f -> FacilityResponse.of(new FacilityView(f, nl.thuisbasis.facility.domain.Visibility.PUBLIC, false), null))
                    .toList();
            Map<String, String> names = municipalityNames(regionCodes);
            List<PublicLayerTotal> totals = pub.municipalities().stream()
                    .map(m -> new PublicLayerTotal(m.municipalityCode(), names.getOrDefault(m.municipalityCode(), m.municipalityCode()),
                            m.facilities(), m.capacityRounded()))
                    .toList();
            return new Selection(layer, listed, pub.areas(), totals, problems);
        }
        FacilityFilter filter = query.filter(null, municipalities, list(filters.type()), list(filters.targetGroup()),
                list(filters.provider()), list(filters.status()), problems);
        if (!problems.isEmpty()) {
            return new Selection(layer, List.of(), List.of(), List.of(), problems);
        }
        List<FacilityResponse> rows = service.list(viewer, filter).stream()
                .filter(v -> categories.isEmpty() || categories.contains(v.facility().category()))
                .map(v -> FacilityResponse.of(v, organisations.nameOf(v.facility().providerCode())))
                .toList();
        return new Selection(layer, rows, List.of(), List.of(), problems);
    }

    private void page(Model model, Filters filters, Selection selection) {
        Viewer viewer = Viewers.current();
        model.addAttribute("filters", filters);
        model.addAttribute("query", filters.queryString());
        model.addAttribute("selection", selection);
        model.addAttribute("layer", selection.layer().name());
        model.addAttribute("mayRegister", FacilityAccess.mayRegisterAny(viewer));
        List<String> regionCodes = demoRegion().map(Region::municipalityCodes).orElse(List.of());
        model.addAttribute("municipalities", municipalityNames(regionCodes));
        model.addAttribute("categories", FacilityCategory.values());
        model.addAttribute("types", FacilityType.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("statuses", FacilityStatus.values());
        model.addAttribute("providers", organisations.ofType(OrganisationType.CARE_PROVIDER).stream()
                .sorted(java.util.Comparator.comparing(Organisation::name)).toList());
    }

    private java.util.Optional<Region> demoRegion() {
        return regions.region(regionProperties.demoRegion());
    }

    private Map<String, String> municipalityNames(List<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        regions.municipalities(codes, 1000, 0).stream()
                .sorted(java.util.Comparator.comparing(MunicipalitySummary::name))
                .forEach(m -> names.put(m.code(), m.name()));
        return names;
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), locale);
    }

    private static Object count(nl.thuisbasis.facility.domain.PublicAggregation.AreaFigures f, FacilityCategory c) {
        return f.suppressed() ? "" : f.perCategory().get(c);
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            map.put(key, value);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

}
