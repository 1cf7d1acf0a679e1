package nl.thuisbasis.siting.scan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.siting.shared.SitingAccess;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The capacity scan (draagkrachtscan): run a scan without saving, save it as a decision record, read saved scans.
 * For municipality officers, region coordinators and admins.
 */
@ApiController
@RequestMapping("/api/v1/siting/scans")
@Tag(name = "Draagkrachtscan", description = "Scans, scoremodellen, heatmap, lokale indices en buurtnotities")
class ScanApiController {

    private final OnceOnly once;
    private final Scans scans;
    private final SavedScans saved;
    private final ScanTexts texts;
    private final ScanReport report;
    private final ProcessingLog log;

    ScanApiController(Scans scans, SavedScans saved, ScanTexts texts, ScanReport report, ProcessingLog log, OnceOnly once) {
        this.once = once;
        this.scans = scans;
        this.saved = saved;
        this.texts = texts;
        this.report = report;
        this.log = log;
    }

    @PostMapping
    @Operation(operationId = "runScan", summary = "Een kandidaat-locatie scannen",
            description = "Geeft het advies (groen/oranje/rood), de indicatoren en de verklaring. Met save=true wordt de "
                    + "scan als onveranderlijk besluitstuk bewaard (201 met Location).")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "Het advies (niet bewaard)")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Het advies, bewaard (met save=true)")
    ResponseEntity<ScanResponse> scan(@RequestBody ScanRequest body,
            @Parameter(description = "Bewaar de scan") @RequestParam(defaultValue = "false") boolean save,
            @Parameter(description = "Met save=true: een sleutel die de client kiest; dezelfde sleutel nog eens bewaart "
                    + "niets nieuws en geeft de eerder bewaarde scan") @RequestHeader(value = "Idempotency-Key", required = false)
            String idempotencyKey) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        List<Problem> missing = new ArrayList<>();
        if (body == null || body.lon() == null || body.lat() == null) {
            missing.add(Problem.at("lon/lat", "siting.problem.point.api"));
        }
        FacilityType type = null;
        if (body == null || body.facilityType() == null) {
            missing.add(Problem.at("facilityType", "siting.problem.type"));
        } else {
            try {
                type = FacilityType.valueOf(body.facilityType().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                missing.add(Problem.at("facilityType", "siting.problem.type.unknown", body.facilityType()));
            }
        }
        if (body == null || body.capacity() == null) {
            missing.add(Problem.at("capacity", "siting.problem.capacity.missing"));
        }
        if (!missing.isEmpty()) {
            throw Refused.badRequest(missing.toArray(Problem[]::new));
        }
        ScanResult result = scans.scan(new Candidate(body.lon(), body.lat(), type, body.capacity(), body.address()));
        if (!save) {
            return ResponseEntity.ok(texts.view(saved.unsaved(result, user.getUsername(), user.organisationCode())));
        }
        // a retry with the same key gets the scan saved the first time (platform.OnceOnly)
        String id = once.submit(idempotencyKey, "siting.scan.api",
                () -> saved.save(result, user.getUsername(), user.organisationCode()).id().toString());
        ScanSnapshot snapshot = saved.find(ScanId.of(id)).orElseThrow();
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/siting/scans/{id}")
                .buildAndExpand(snapshot.id()).toUri();
        return ResponseEntity.created(location).body(texts.view(snapshot));
    }

    @GetMapping
    @Operation(operationId = "listScans", summary = "Bewaarde scans, nieuwste eerst")
    PagedList<ScanResponse> list(@Parameter(description = "GM-code") @RequestParam(required = false) String municipality,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        PageQuery query = PageQuery.of(page, pageSize, 20, 100);
        return PagedList.of(saved.list(municipality, query.pageSize(), query.offset()).stream().map(texts::view).toList(),
                query, saved.count(municipality), ServletUriComponentsBuilder.fromCurrentRequest());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getScan", summary = "Een bewaarde scan, precies zoals hij werd gemaakt")
    ScanResponse get(@PathVariable @Parameter(schema = @Schema(type = "string", format = "uuid")) ScanId id) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        return texts.view(saved.find(id).orElseThrow(Refused::notFound));
    }

    @GetMapping(value = "/{id}/pdf", produces = "application/pdf")
    @Operation(operationId = "getScanPdf", summary = "Een bewaarde scan als PDF, met kaart")
    ResponseEntity<byte[]> pdf(@PathVariable @Parameter(schema = @Schema(type = "string", format = "uuid")) ScanId id) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        ScanSnapshot scan = saved.find(id).orElseThrow(Refused::notFound);
        log.record(Processing.of("siting.scan.pdf", "scan", id.toString(), SitingAccess.PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"" + ScanReport.fileName(scan) + "\"")
                .body(report.pdf(texts.view(scan)));
    }
}
