package nl.thuisbasis.reports.handling;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff side of reports: the queue and handling with status history. */
@ApiController
@RequestMapping("/api/v1/reports/queue")
@Tag(name = "Meldingen afhandelen", description = "Werkvoorraad per organisatie, routering, termijnen in werkdagen en antwoordsjablonen")
class HandlingApiController {

    /** The header with the number of reports that match, over all pages. */
    static final String TOTAL = "X-Total-Count";
    static final int PAGE_SIZE = 1000;

    private final Handling handling;

    HandlingApiController(Handling handling) {
        this.handling = handling;
    }

    @GetMapping
    @Operation(operationId = "listReportQueue", summary = "De werkvoorraad: meldingen voor uw organisatie (scope=MINE) of alles wat u mag zien (ALL)",
            description = "Zonder gegevens van de melder en zonder beschrijving; termijnen in werkdagen, overschrijdingen gemarkeerd. "
                    + "Per pagina (page vanaf 1, pageSize hoogstens 1000); het totaal staat in de header X-Total-Count.")
    ResponseEntity<List<QueueItemResponse>> queue(@RequestParam(defaultValue = "MINE") Scope scope,
            @RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) UUID facilityId, @RequestParam(required = false) LocalDate receivedSince,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @AuthenticationPrincipal CurrentUser user) {
        Handling.Queue queue = handling.queue(require(user),
                new HandlingRepository.QueueQuery(scope, open, overdue, facilityId, receivedSince),
                PageQuery.of(page, pageSize, PAGE_SIZE, PAGE_SIZE));
        return ResponseEntity.ok().header(TOTAL, Long.toString(queue.total()))
                .body(queue.items().stream().map(QueueItemResponse::from).toList());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getQueuedReport", summary = "Een melding openen, met beschrijving, e-mailadres van de melder (als bewaard) en statusgeschiedenis",
            description = "Het inzien wordt vastgelegd in het verwerkingenlogboek.")
    ReportDetailResponse open(@PathVariable @Parameter(schema = @Schema(type = "string", format = "uuid")) ReportId id, @AuthenticationPrincipal CurrentUser user) {
        return handling.open(require(user), id).map(ReportDetailResponse::from)
                .orElseThrow(() -> Refused.notFound(Problem.of("report.problem.report.unknown")));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/{id}/status-changes")
    @Operation(operationId = "changeReportStatus", summary = "De volgende stap: ACKNOWLEDGED, IN_PROGRESS of CLOSED (met antwoord aan de melder)",
            description = "De geschiedenis kan alleen worden aangevuld, nooit gewijzigd.")
    ResponseEntity<ReportDetailResponse> change(@PathVariable @Parameter(schema = @Schema(type = "string", format = "uuid")) ReportId id, @RequestBody StatusChangeRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        if (body == null) {
            throw Refused.badRequest(Problem.of("problem.body.missing"));
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ReportDetailResponse.from(handling.changeStatus(require(user), id, body.change())));
    }

    private static CurrentUser require(CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
        return user;
    }
}
