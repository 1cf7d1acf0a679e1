package nl.thuisbasis.planning.commitment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.planning.common.PlanningAccess;
import nl.thuisbasis.planning.common.PlanningId;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
import nl.thuisbasis.region.Region;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Corporations' commitments (prestatieafspraken) of dwellings for outflow. */
@ApiController
@RequestMapping("/api/v1/planning")
@Tag(name = "Planning: toezeggingen", description = "Prestatieafspraken van corporaties: woningen voor uitstroom per gemeente en jaar")
class CommitmentApiController {

    private final Commitments commitments;
    private final PlanningAccess access;
    private final Organisations organisations;
    private final OnceOnly once;

    CommitmentApiController(Commitments commitments, PlanningAccess access, Organisations organisations, OnceOnly once) {
        this.commitments = commitments;
        this.access = access;
        this.organisations = organisations;
        this.once = once;
    }

    @GetMapping("/commitments")
    @Operation(operationId = "listCommitments", summary = "De toezeggingen van corporaties in een regio, eventueel van één jaar")
    PagedList<CommitmentResponse> list(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        PageQuery paging = PageQuery.of(page, pageSize, 50, 500);
        Region r = access.region(region, access.reader(user), Commitments.REFUSED);
        Map<String, String> names = access.municipalityNames(r);
        return PagedList.of(commitments.list(r.code(), year, paging.pageSize(), paging.offset()).stream()
                .map(c -> response(c, names)).toList(), paging, commitments.count(r.code(), year),
                ServletUriComponentsBuilder.fromRequest(request));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/commitments")
    @Operation(operationId = "createCommitment", summary = "Een toezegging vastleggen (corporatie, voor zichzelf)")
    ResponseEntity<CommitmentResponse> create(@RequestBody CommitmentRequest body, @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Optioneel: dezelfde sleutel nog eens legt niets opnieuw vast.")
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        CommitmentRequest b = body == null ? new CommitmentRequest(null, null, null, null, null) : body;
        UUID id = UUID.fromString(once.submit(key, "planning.commitment.api",
                () -> commitments.record(user, b.municipality(), b.year(), b.dwellings(), b.note()).toString()));
        return ResponseEntity.status(HttpStatus.CREATED).body(response(commitments.find(id).orElseThrow(),
                access.municipalityNames(access.regionFor(user))));
    }

    @PutMapping("/commitments/{id}")
    @Operation(operationId = "updateCommitment", summary = "Een toezegging wijzigen (de eigen corporatie, met de versie die u zag)")
    CommitmentResponse update(@PathVariable PlanningId id, @RequestBody CommitmentRequest body, @AuthenticationPrincipal CurrentUser user) {
        CommitmentRequest b = body == null ? new CommitmentRequest(null, null, null, null, null) : body;
        commitments.update(user, id.value(), b.version(), b.dwellings(), b.note());
        return response(commitments.find(id.value()).orElseThrow(), access.municipalityNames(access.regionFor(user)));
    }

    private CommitmentResponse response(Commitments.Commitment c, Map<String, String> names) {
        return new CommitmentResponse(c.id(), c.region(), c.corporation(), organisations.nameOf(c.corporation()), c.municipality(),
                names.getOrDefault(c.municipality(), c.municipality()), c.year(), c.dwellings(), c.note(), c.version(), c.updatedAt());
    }
}
