package nl.thuisbasis.outflow.tenancy;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowRefusals;
import nl.thuisbasis.outflow.common.Slice;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Tenancy-with-care agreements: their evaluations and their outcome. */
@ApiController
@RequestMapping("/api/v1/outflow")
@Tag(name = "Uitstroom: koppelen en aanbieden", description = "Matching (het systeem stelt voor, mensen beslissen), aanbiedingen en huurzorgovereenkomsten")
class TenancyApiController {

    private final Tenancies tenancies;
    private final TenancyReading reading;

    TenancyApiController(Tenancies tenancies, TenancyReading reading) {
        this.tenancies = tenancies;
        this.reading = reading;
    }

    record EvaluationRequest(
            @Schema(requiredMode = REQUIRED) Integer month,
            @Schema(requiredMode = REQUIRED) LocalDate heldOn,
            @Schema(requiredMode = REQUIRED) String summary) {
    }

    record OutcomeRequest(
            @Schema(requiredMode = REQUIRED, implementation = Tenancies.Outcome.class) String outcome,
            @Schema(implementation = Tenancies.EndReason.class) String endReason,
            @Schema(requiredMode = REQUIRED) LocalDate decidedOn,
            String note,
            Integer extendMonths) {
    }

    @GetMapping("/tenancies")
    @Operation(operationId = "listTenancies", summary = "Huurzorgovereenkomsten die u mag zien")
    PagedList<TenancyResponse> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        PageQuery paging = PageQuery.of(page, pageSize, 50, 500);
        Slice<Tenancies.TenancyView> slice = reading.page(OutflowAccess.login(user), paging.offset(), paging.pageSize()).slice();
        return new Slice<>(slice.items().stream().map(TenancyResponse::from).toList(), slice.total()).paged(paging, request);
    }

    @GetMapping("/tenancies/{id}")
    @Operation(operationId = "getTenancy", summary = "Eén huurzorgovereenkomst met evaluaties en uitkomst")
    TenancyResponse get(@PathVariable TenancyId id, @AuthenticationPrincipal CurrentUser user) {
        return TenancyResponse.from(reading.get(OutflowAccess.login(user), id.value()).orElseThrow(Refused::notFound));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/tenancies/{id}/evaluations")
    @Operation(operationId = "recordEvaluation", summary = "Een evaluatie vastleggen (zorgaanbieder of corporatie van de overeenkomst)")
    ResponseEntity<TenancyResponse> evaluate(@PathVariable TenancyId id, @RequestBody EvaluationRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(TenancyResponse.from(tenancies.recordEvaluation(
                OutflowAccess.login(user), id.value(), body == null ? null : body.month(), body == null ? null : body.heldOn(),
                body == null ? null : body.summary())));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/tenancies/{id}/outcomes")
    @Operation(operationId = "recordOutcome", summary = "De uitkomst vastleggen: regulier huurcontract, verlenging of beëindiging")
    ResponseEntity<TenancyResponse> outcome(@PathVariable TenancyId id, @RequestBody OutcomeRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        List<Problem> problems = new ArrayList<>();
        Tenancies.Outcome outcome = OutflowRefusals.code(Tenancies.Outcome.class, body == null ? null : body.outcome(),
                "outcome", "out.problem.tenancy.outcome.unknown", problems);
        Tenancies.EndReason reason = OutflowRefusals.code(Tenancies.EndReason.class, body == null ? null : body.endReason(),
                "endReason", "out.problem.tenancy.endReason.unknown", problems);
        OutflowRefusals.unless(problems);
        return ResponseEntity.status(HttpStatus.CREATED).body(TenancyResponse.from(tenancies.recordOutcome(
                OutflowAccess.login(user), id.value(), outcome, reason, body == null ? null : body.decidedOn(),
                body == null ? null : body.note(), body == null ? null : body.extendMonths())));
    }
}
