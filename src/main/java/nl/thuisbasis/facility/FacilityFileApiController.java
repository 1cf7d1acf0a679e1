package nl.thuisbasis.facility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.domain.FieldProblem;
import nl.thuisbasis.facility.domain.Visibility;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.ApiException;
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

    record ImportResponse(int created, List<String> ids) {
    }

    @PostMapping(value = "/facility-imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "importFacilities", summary = "Voorzieningen importeren uit CSV of XLSX (alles of niets)",
            description = "Kolommen zoals de export. Bij één fout wordt niets opgeslagen en volgt 422 met elke foute regel.")
    ResponseEntity<ImportResponse> importFile(@RequestPart("file") MultipartFile file) throws IOException {
        FacilityImport.Outcome outcome = importer.importFile(Viewers.current(),
                file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), file.getBytes());
        if (!outcome.succeeded()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "import-rejected",
                    "Niets geïmporteerd: " + outcome.problems().size() + " problemen. Herstel ze en importeer het hele bestand opnieuw.",
                    outcome.problems().stream().<Map<String, Object>>map(p -> Map.of("name",
                            (p.row() > 0 ? "regel " + p.row() : "bestand") + (p.column().isEmpty() ? "" : ", " + p.column()),
                            "reason", p.message())).toList());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new ImportResponse(outcome.created().size(),
                outcome.created().stream().map(f -> f.id().toString()).toList()));
    }

    @GetMapping("/facility-exports")
    @Operation(operationId = "exportFacilities", summary = "De voorzieningen die u volledig ziet, als CSV of XLSX",
            description = "Zelfde filters als de lijst. Alleen voorzieningen die u volledig mag zien (met adres) staan erin, "
                    + "in de importindeling, zodat het bestand weer te importeren is.")
    ResponseEntity<byte[]> export(@Parameter(description = "csv of xlsx") @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String region, @RequestParam(required = false) List<String> municipality,
            @RequestParam(required = false) List<String> type, @RequestParam(required = false) List<String> targetGroup,
            @RequestParam(required = false) List<String> provider, @RequestParam(required = false) List<String> status) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw ApiException.badRequest("Parameter 'format' moet csv of xlsx zijn.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        FacilityFilter filter = query.filter(region, municipality, type, targetGroup, provider, status, problems);
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad-request", problems.getFirst().message(),
                    FacilityApiController.errors(problems));
        }
        List<Facility> rows = service.list(Viewers.current(), filter).stream()
                .filter(v -> v.visibility() == Visibility.FULL).map(FacilityView::facility).toList();
        log.record(Processing.of("facility.export", "facility", null, FacilityService.PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetails(rows.size() + " voorzieningen, " + format));
        String name = "voorzieningen-" + LocalDate.now() + "." + format;
        return ResponseEntity.ok().contentType(format.equals("csv") ? CSV : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .body(format.equals("csv") ? FacilitySpreadsheets.writeCsv(rows) : FacilitySpreadsheets.writeXlsx(rows));
    }
}
