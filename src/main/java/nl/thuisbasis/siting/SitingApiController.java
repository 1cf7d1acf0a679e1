package nl.thuisbasis.siting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.ApiException;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
import nl.thuisbasis.siting.domain.IndicatorWeight;
import nl.thuisbasis.siting.domain.ScoringModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The capacity scan (draagkrachtscan): run a scan without saving, save it as a decision record, read saved
 * scans, the region heatmap, the versioned scoring models, local indices and neighbourhood notes.
 * For municipality officers, region coordinators and admins; the model only for coordinators and admins.
 */
@ApiController
@RequestMapping("/api/v1/siting")
@Tag(name = "Draagkrachtscan", description = "Scans, scoremodellen, heatmap, lokale indices en buurtnotities")
class SitingApiController {

    private final ScanService scans;
    private final SavedScans saved;
    private final ScoringModels models;
    private final LocalIndexImport indices;
    private final JdbcClient jdbc;
    private final ProcessingLog log;
    private final nl.thuisbasis.region.RegionCatalog catalog;
    private final ScanReport report;

    SitingApiController(ScanService scans, SavedScans saved, ScoringModels models, LocalIndexImport indices,
            JdbcClient jdbc, ProcessingLog log, nl.thuisbasis.region.RegionCatalog catalog, ScanReport report) {
        this.report = report;
        this.catalog = catalog;
        this.scans = scans;
        this.saved = saved;
        this.models = models;
        this.indices = indices;
        this.jdbc = jdbc;
        this.log = log;
    }

    record ScanBody(Double lon, Double lat, String facilityType, Integer capacity, String address) {
    }

    @PostMapping("/scans")
    @Operation(operationId = "runScan", summary = "Een kandidaat-locatie scannen",
            description = "Geeft het advies (groen/oranje/rood), de indicatoren en de verklaring. Met save=true wordt de "
                    + "scan als onveranderlijk besluitstuk bewaard (201 met Location).")
    ResponseEntity<ScanSnapshot> scan(@RequestBody ScanBody body,
            @Parameter(description = "Bewaar de scan") @RequestParam(defaultValue = "false") boolean save) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        List<Map<String, Object>> errors = new ArrayList<>();
        if (body == null || body.lon() == null || body.lat() == null) {
            errors.add(Map.of("name", "lon/lat", "reason", "Geef het punt (lon en lat, WGS84)."));
        }
        FacilityType type = null;
        if (body == null || body.facilityType() == null) {
            errors.add(Map.of("name", "facilityType", "reason", "Geef het soort voorziening."));
        } else {
            try {
                type = FacilityType.valueOf(body.facilityType().trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(Map.of("name", "facilityType", "reason", "'" + body.facilityType() + "' is geen soort voorziening."));
            }
        }
        if (body == null || body.capacity() == null) {
            errors.add(Map.of("name", "capacity", "reason", "Geef de capaciteit."));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad-request", "De scan mist gegevens.", errors);
        }
        ScanResult result;
        try {
            result = scans.scan(new ScanRequest(body.lon(), body.lat(), type, body.capacity(), body.address()));
        } catch (ScanService.ScanRefused e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "scan-refused", e.getMessage());
        }
        if (!save) {
            return ResponseEntity.ok(ScanSnapshot.of(result, null, user.getUsername(), user.organisationCode(), null));
        }
        ScanSnapshot snapshot = saved.save(result, user.getUsername(), user.organisationCode());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/siting/scans/{id}")
                .buildAndExpand(snapshot.id()).toUri();
        return ResponseEntity.created(location).body(snapshot);
    }

    @GetMapping("/scans")
    @Operation(operationId = "listScans", summary = "Bewaarde scans, nieuwste eerst")
    PagedList<ScanSnapshot> list(@Parameter(description = "GM-code") @RequestParam(required = false) String municipality,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        PageQuery query = PageQuery.of(page, pageSize, 20, 100);
        return PagedList.of(saved.list(municipality, query.pageSize(), query.offset()), query, saved.count(municipality),
                ServletUriComponentsBuilder.fromCurrentRequest());
    }

    @GetMapping("/scans/{id}")
    @Operation(operationId = "getScan", summary = "Een bewaarde scan, precies zoals hij werd gemaakt")
    ScanSnapshot get(@PathVariable String id) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Scan '" + id + "' bestaat niet.");
        }
        return saved.find(uuid).orElseThrow(() -> ApiException.notFound("Scan '" + id + "' bestaat niet."));
    }

    @GetMapping(value = "/scans/{id}/pdf", produces = "application/pdf")
    @Operation(operationId = "getScanPdf", summary = "Een bewaarde scan als PDF, met kaart")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        ScanSnapshot scan = get(id);
        log.record(Processing.of("siting.scan.pdf", "scan", id, ScoringModels.PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"draagkrachtscan-" + scan.areaCode() + "-"
                        + id.substring(0, 8) + ".pdf\"")
                .body(report.pdf(scan));
    }

    record HeatmapCell(String areaCode, Double strain, String verdict) {
    }

    record HeatmapResponse(String region, int modelVersion, String facilityType, int capacity, List<HeatmapCell> cells) {
    }

    @GetMapping("/heatmap")
    @Operation(operationId = "getHeatmap", summary = "Belastingsscore van elke buurt van de regio voor een soort en capaciteit")
    HeatmapResponse heatmap(@RequestParam String region, @RequestParam String facilityType, @RequestParam int capacity) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        FacilityType type;
        try {
            type = FacilityType.valueOf(facilityType.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'" + facilityType + "' is geen soort voorziening.");
        }
        if (capacity < 1 || capacity > 2000) {
            throw ApiException.badRequest("De capaciteit moet tussen 1 en 2000 liggen.");
        }
        try {
            var heatmap = scans.heatmap(region, type, capacity);
            return new HeatmapResponse(heatmap.regionCode(), heatmap.modelVersion(), type.name(), capacity,
                    heatmap.cells().stream().map(c -> new HeatmapCell(c.areaCode(), Double.isNaN(c.strain()) ? null : c.strain(),
                            c.verdict().name())).toList());
        } catch (ScanService.ScanRefused e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    record IndicatorBody(String key, String label, String direction, Double weight) {
    }

    record ModelBody(List<IndicatorBody> indicators, Double orangeFrom, Double redFrom, String note) {
    }

    @GetMapping("/models/{region}")
    @Operation(operationId = "getModel", summary = "Het huidige scoremodel van een regio")
    ScoringModel model(@PathVariable String region, @RequestParam(required = false) Integer version) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        if (version != null) {
            return models.version(region, version).orElseThrow(() ->
                    ApiException.notFound("Versie " + version + " van het model van '" + region + "' bestaat niet."));
        }
        return models.current(region);
    }

    @PostMapping("/models/{region}")
    @Operation(operationId = "saveModel", summary = "Gewijzigde gewichten of drempels opslaan als nieuwe versie")
    ResponseEntity<ScoringModel> saveModel(@PathVariable String region, @RequestBody ModelBody body) {
        CurrentUser user = SitingAccess.require(SitingAccess.MODEL_ROLES);
        if (body == null || body.indicators() == null || body.orangeFrom() == null || body.redFrom() == null) {
            throw ApiException.badRequest("Geef indicators, orangeFrom en redFrom.");
        }
        List<IndicatorWeight> weights = new ArrayList<>();
        var offered = models.indicatorsOnOffer();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (IndicatorBody i : body.indicators()) {
            try {
                String label = i.label() != null ? i.label() : offered.containsKey(i.key()) ? offered.get(i.key()).label() : i.key();
                weights.add(new IndicatorWeight(i.key(), label, Direction.valueOf(i.direction()),
                        i.weight() == null ? 0 : i.weight()));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(Map.of("name", String.valueOf(i.key()), "reason", "Sleutel, richting (HIGHER_IS_MORE_STRAIN of "
                        + "HIGHER_IS_LESS_STRAIN) en een gewicht van 0 of meer zijn nodig."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-model", "Het model is niet opgeslagen.", errors);
        }
        try {
            ScoringModel model = models.save(region, weights, body.orangeFrom(), body.redFrom(), user.getUsername(), body.note());
            return ResponseEntity.status(HttpStatus.CREATED).body(model);
        } catch (ScoringModels.InvalidModelException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-model", "Het model is niet opgeslagen.",
                    e.problems().stream().<Map<String, Object>>map(p -> Map.of("name", "model", "reason", p)).toList());
        }
    }

    record ImportResponse(int stored) {
    }

    @PostMapping(value = "/local-indices", consumes = "multipart/form-data")
    @Operation(operationId = "importLocalIndices", summary = "Lokale indices per buurt en jaar importeren (CSV: code, jaar, index, waarde)")
    ResponseEntity<ImportResponse> importIndices(@RequestPart("file") MultipartFile file) throws IOException {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        LocalIndexImport.Outcome outcome = indices.importCsv(file.getInputStream(),
                file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename(), user.getUsername());
        if (!outcome.succeeded()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected",
                    "Niets geïmporteerd: " + outcome.problems().size() + " problemen.",
                    outcome.problems().stream().<Map<String, Object>>map(p -> Map.of("name", "regel " + p.line(),
                            "reason", p.message())).toList());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new ImportResponse(outcome.stored()));
    }

    record NoteBody(String areaCode, String text, LocalDate notedOn) {
    }

    @GetMapping("/notes")
    @Operation(operationId = "listNotes", summary = "Notities over een buurt van mensen die er werken")
    List<NeighbourhoodNote> notes(@RequestParam String area) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        log.record(Processing.of("siting.notes.read", "neighbourhood_note", area, ScoringModels.PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return scans.notes(area);
    }

    @PostMapping("/notes")
    @Operation(operationId = "createNote", summary = "Een notitie over een buurt toevoegen")
    ResponseEntity<NeighbourhoodNote> addNote(@RequestBody NoteBody body) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        if (body == null || body.areaCode() == null || body.text() == null || body.text().isBlank() || body.text().length() > 4000) {
            throw ApiException.badRequest("Geef areaCode en een tekst van hoogstens 4000 tekens.");
        }
        if (catalog.area(body.areaCode()).isEmpty()) {
            throw ApiException.badRequest("Gebied '" + body.areaCode() + "' bestaat niet.");
        }
        NeighbourhoodNote note = new NeighbourhoodNote(UUID.randomUUID(), body.areaCode(), body.text().trim(),
                user.displayName(), user.organisation().name(), body.notedOn() == null ? LocalDate.now() : body.notedOn());
        jdbc.sql("insert into neighbourhood_note (id, area_code, text, author, organisation, noted_on) values (?, ?, ?, ?, ?, ?)")
                .params(note.id(), note.areaCode(), note.text(), note.author(), note.organisation(), note.notedOn()).update();
        log.record(Processing.of("siting.notes.create", "neighbourhood_note", note.id().toString(), ScoringModels.PURPOSE,
                LegalBasis.PUBLIC_TASK_WMO));
        return ResponseEntity.status(HttpStatus.CREATED).body(note);
    }
}
