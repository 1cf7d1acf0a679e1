package nl.thuisbasis.facility.spreadsheet;

import nl.thuisbasis.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.domain.Visibility;
import nl.thuisbasis.facility.register.FacilityFilter;
import nl.thuisbasis.facility.register.FacilityQuery;
import nl.thuisbasis.facility.register.FacilityService;
import nl.thuisbasis.facility.register.FacilityView;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * Facility spreadsheets: import (CSV or XLSX, all or nothing, a report of every wrong row) and export of the
 * facilities the caller sees in full, in the same layout, so an export imports again.
 */
@ApiController
@RequestMapping("/api/v1")
@Tag(name = "Voorzieningen", description = "Register van opvang- en woonzorgvoorzieningen")
class FacilityFileApiController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final FacilityImport importer;
    private final FacilityService service;
    private final FacilityQuery query;
    private final ProcessingLog log;

    FacilityFileApiController(FacilityImport importer, FacilityService service, FacilityQuery query, ProcessingLog log) {
        this.importer = importer;
        this.service = service;
        this.query = query;
        this.log = log;
    }

    record FacilityImportResponse(int created, List<String> ids) {

        static FacilityImportResponse from(List<Facility> created) {
            return new FacilityImportResponse(created.size(), created.stream().map(f -> f.id().toString()).toList());
        }
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping(value = "/facility-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "importFacilities", summary = "Voorzieningen importeren uit CSV of XLSX (alles of niets)",
            description = "Kolommen zoals de export. Bij één fout wordt niets opgeslagen en volgt 422 met elke foute regel "
                    + "(position: de regel, column: de kolom).")
    ResponseEntity<FacilityImportResponse> importFile(@RequestPart("file") MultipartFile file) throws IOException {
        List<Facility> created = importer.importFile(CurrentUser.currentViewer(),
                file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(HttpStatus.CREATED).body(FacilityImportResponse.from(created));
    }

    @GetMapping(value = "/facility-exports", produces = {"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "exportFacilities", summary = "De voorzieningen die u volledig ziet, als CSV of XLSX",
            description = "Zelfde filters als de lijst. Alleen voorzieningen die u volledig mag zien (met adres) staan erin, "
                    + "in de importindeling, zodat het bestand weer te importeren is.")
    ResponseEntity<byte[]> export(@Parameter(description = "csv of xlsx") @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String region, @RequestParam(required = false) List<String> municipality,
            @RequestParam(required = false) List<String> type, @RequestParam(required = false) List<String> targetGroup,
            @RequestParam(required = false) List<String> provider, @RequestParam(required = false) List<String> status) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw Refused.badRequest(Problem.at("format", "facility.problem.format"));
        }
        FacilityFilter filter = query.filter(region, municipality, type, targetGroup, provider, status);
        List<Facility> rows = fullyVisible(service, filter);
        log.record(Processing.of("facility.export", "facility", null, FacilityService.PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetailsKey("facility.log.exported", rows.size(), format));
        return file(rows, format.equals("xlsx"));
    }

    /** The facilities of the filter that the logged-in user sees in full, address included: the rows of an export. */
    static List<Facility> fullyVisible(FacilityService service, FacilityFilter filter) {
        return service.list(CurrentUser.currentViewer(), filter).stream()
                .filter(v -> v.visibility() == Visibility.FULL).map(FacilityView::facility).toList();
    }

    /** The rows as a download in the import layout. */
    static ResponseEntity<byte[]> file(List<Facility> rows, boolean xlsx) {
        String name = "voorzieningen-" + LocalDate.now() + (xlsx ? ".xlsx" : ".csv");
        return ResponseEntity.ok().contentType(xlsx ? XLSX : CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .body(xlsx ? FacilitySpreadsheets.writeXlsx(rows) : FacilitySpreadsheets.writeCsv(rows));
    }
}
