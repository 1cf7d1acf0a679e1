package nl.thuisbasis.outflow.candidate;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.candidate.CandidateView.ExclusionReason;
import nl.thuisbasis.outflow.candidate.CandidateView.SupportIntensity;
import nl.thuisbasis.outflow.candidate.CandidateView.TargetHousing;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowRefusals;
import nl.thuisbasis.outflow.common.Slice;
import nl.thuisbasis.outflow.domain.AgeBand;
import nl.thuisbasis.outflow.domain.CandidateStatus;
import nl.thuisbasis.outflow.domain.IncomeBand;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Candidates of the priority scheme. Providers register and keep them, the deciding municipality grants urgency and
 * records exceptions; a corporation reads the minimal fields of candidates proposed, offered or housed for its
 * vacancies. Region coordinators and administrators get 403: they see the monitor's aggregates.
 */
@ApiController
@RequestMapping("/api/v1/outflow/candidates")
@Tag(name = "Uitstroom: kandidaten", description = "Kandidaten van de voorrangsregeling (bijzondere persoonsgegevens: elke inzage wordt gelogd)")
class CandidateApiController {

    private final Candidates candidates;
    private final CandidateReading reading;
    private final Messages messages;

    private final OnceOnly once;

    CandidateApiController(Candidates candidates, CandidateReading reading, Messages messages, OnceOnly once) {
        this.once = once;
        this.candidates = candidates;
        this.reading = reading;
        this.messages = messages;
    }

    private CandidateResponse response(CandidateView view) {
        return CandidateResponse.from(view, messages);
    }

    record ExclusionRequest(
            @Schema(requiredMode = REQUIRED) String neighbourhood,
            @Schema(requiredMode = REQUIRED, implementation = CandidateView.ExclusionReason.class) String reason) {
    }

    /** A candidate as the API takes it; codes as in the OpenAPI document. */
    record CandidateRequest(
            @Schema(requiredMode = REQUIRED) String reference,
            @Schema(requiredMode = REQUIRED) String decidingMunicipality,
            @Schema(requiredMode = REQUIRED) Integer adults,
            @Schema(requiredMode = REQUIRED) Integer children,
            @Schema(requiredMode = REQUIRED, implementation = AgeBand.class) String ageBand,
            @Schema(requiredMode = REQUIRED, implementation = IncomeBand.class) String incomeBand,
            Boolean needsGroundFloor,
            Boolean needsLift,
            Boolean needsWheelchair,
            @Schema(requiredMode = REQUIRED) Integer bedroomsNeeded,
            @Schema(requiredMode = REQUIRED) List<String> municipalities,
            List<ExclusionRequest> exclusions,
            @Schema(requiredMode = REQUIRED) String originMunicipality,
            @Schema(requiredMode = REQUIRED) String supportProvider,
            @Schema(requiredMode = REQUIRED, implementation = CandidateView.SupportIntensity.class) String supportIntensity,
            @Schema(requiredMode = REQUIRED, implementation = CandidateView.TargetHousing.class) String targetHousing,
            @Schema(requiredMode = REQUIRED) String category,
            Integer regionalTiesYears,
            Boolean hadOwnDwelling,
            @Schema(requiredMode = REQUIRED) LocalDate consentOn,
            Integer version) {

        /** The draft the service checks; an unknown code is refused at once (with every other unknown code). */
        Candidates.Draft draft() {
            List<Problem> problems = new ArrayList<>();
            AgeBand age = OutflowRefusals.code(AgeBand.class, ageBand, "ageBand", "out.problem.candidate.ageBand.unknown", problems);
            IncomeBand income = OutflowRefusals.code(IncomeBand.class, incomeBand, "incomeBand",
                    "out.problem.candidate.incomeBand.unknown", problems);
            SupportIntensity intensity = OutflowRefusals.code(SupportIntensity.class, supportIntensity, "supportIntensity",
                    "out.problem.candidate.supportIntensity.unknown", problems);
            TargetHousing housing = OutflowRefusals.code(TargetHousing.class, targetHousing, "targetHousing",
                    "out.problem.candidate.targetHousing.unknown", problems);
            List<CandidateView.Exclusion> excluded = new ArrayList<>();
            for (ExclusionRequest e : exclusions == null ? List.<ExclusionRequest>of() : exclusions) {
                excluded.add(new CandidateView.Exclusion(e == null ? null : e.neighbourhood(), null,
                        e == null ? null : OutflowRefusals.code(ExclusionReason.class, e.reason(), "exclusions",
                                "out.problem.candidate.exclusionReason.unknown", problems)));
            }
            OutflowRefusals.unless(problems);
            return new Candidates.Draft(reference, decidingMunicipality, adults, children, age, income,
                    Boolean.TRUE.equals(needsGroundFloor), Boolean.TRUE.equals(needsLift), Boolean.TRUE.equals(needsWheelchair),
                    bedroomsNeeded, municipalities == null ? List.of() : municipalities, excluded, originMunicipality,
                    supportProvider, intensity, housing, category, regionalTiesYears, Boolean.TRUE.equals(hadOwnDwelling),
                    consentOn);
        }
    }

    record UrgencyRequest(
            @Schema(requiredMode = REQUIRED) LocalDate grantedOn,
            @Schema(requiredMode = REQUIRED) String decision) {
    }

    record ReadinessRequest(
            @Schema(requiredMode = REQUIRED) LocalDate readyOn,
            @Schema(requiredMode = REQUIRED) String confirmedBy) {
    }

    record ExceptionRequest(
            @Schema(requiredMode = REQUIRED) UUID ruleId,
            @Schema(requiredMode = REQUIRED) String reason,
            @Schema(requiredMode = REQUIRED) LocalDate decidedOn) {
    }

    record ReasonRequest(
            @Schema(requiredMode = REQUIRED) String reason) {
    }

    @GetMapping
    @Operation(operationId = "listCandidates", summary = "De kandidaten die u mag zien",
            description = "Zorgaanbieder: eigen aanmeldingen; gemeente: waarover zij beslist; corporatie: minimale gegevens van "
                    + "kandidaten die voor haar woningen zijn voorgesteld, aangeboden of gehuisvest. Elke getoonde kandidaat komt in het verwerkingenlogboek.")
    PagedList<CandidateResponse> list(@RequestParam(required = false) String status, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        PageQuery paging = PageQuery.of(page, pageSize, 50, 500);
        List<Problem> problems = new ArrayList<>();
        CandidateStatus s = OutflowRefusals.code(CandidateStatus.class, status, "status", "out.problem.candidate.status.unknown",
                problems);
        OutflowRefusals.unless(problems);
        Slice<CandidateView> slice = reading.list(OutflowAccess.login(user), new CandidateReading.Filter(s, municipality),
                paging.offset(), paging.pageSize());
        return new Slice<>(slice.items().stream().map(this::response).toList(), slice.total()).paged(paging, request);
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "registerCandidate", summary = "Een cliënt aanmelden voor de voorrangsregeling (zorgaanbieder)")
    ResponseEntity<CandidateResponse> register(@RequestBody CandidateRequest body, @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Optioneel: dezelfde sleutel nog eens (een herhaalde poging) meldt niet nog eens aan, maar geeft dezelfde kandidaat.")
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID id = UUID.fromString(once.submit(key, "outflow.candidate.register.api",
                () -> candidates.register(OutflowAccess.login(user), body.draft()).toString()));
        return ResponseEntity.status(HttpStatus.CREATED).body(response(reading.get(user, id).orElseThrow()));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getCandidate", summary = "Eén kandidaat, zoveel als u mag zien")
    CandidateResponse get(@PathVariable CandidateId id, @AuthenticationPrincipal CurrentUser user) {
        return response(reading.get(OutflowAccess.login(user), id.value()).orElseThrow(Refused::notFound));
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateCandidate", summary = "Gegevens van een kandidaat corrigeren (zorgaanbieder, met de versie die u zag)")
    CandidateResponse update(@PathVariable CandidateId id, @RequestBody CandidateRequest body, @AuthenticationPrincipal CurrentUser user) {
        if (body.version() == null) {
            throw OutflowRefusals.refused(Problem.at("version", "out.problem.candidate.version"));
        }
        return response(candidates.update(OutflowAccess.login(user), id.value(), body.version(), body.draft()));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/{id}/urgency-decisions")
    @Operation(operationId = "grantUrgency", summary = "Urgentie verlenen (de beslissende gemeente)",
            description = "Kan alleen als de kandidaat aan elke regel van de regio voldoet of er een uitzondering is vastgelegd.")
    ResponseEntity<CandidateResponse> grant(@PathVariable CandidateId id, @RequestBody UrgencyRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(response(candidates.grantUrgency(OutflowAccess.login(user),
                id.value(), body.grantedOn(), body.decision())));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/{id}/readiness")
    @Operation(operationId = "confirmReadiness", summary = "Woonklaar: vastleggen wanneer en door wie (zorgaanbieder)")
    ResponseEntity<CandidateResponse> ready(@PathVariable CandidateId id, @RequestBody ReadinessRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(response(candidates.confirmReadiness(OutflowAccess.login(user),
                id.value(), body.readyOn(), body.confirmedBy())));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/{id}/exceptions")
    @Operation(operationId = "recordException", summary = "Een uitzondering op een regel van de regio vastleggen (de beslissende gemeente)")
    ResponseEntity<CandidateResponse> exception(@PathVariable CandidateId id, @RequestBody ExceptionRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(response(candidates.recordException(OutflowAccess.login(user),
                id.value(), body.ruleId(), body.reason(), body.decidedOn())));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/{id}/withdrawal")
    @Operation(operationId = "withdrawCandidate", summary = "Een kandidaat terugtrekken (zorgaanbieder of beslissende gemeente)")
    ResponseEntity<CandidateResponse> withdraw(@PathVariable CandidateId id, @RequestBody ReasonRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(response(candidates.withdraw(OutflowAccess.login(user), id.value(),
                body == null ? null : body.reason())));
    }
}
