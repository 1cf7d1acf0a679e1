package nl.thuisbasis.siting.initiative;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.facility.CapacityUnit;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.siting.domain.InitiativeStep;
import nl.thuisbasis.siting.shared.SitingAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** New facility initiatives and their steps, for municipality officers, region coordinators and admins. */
@ApiController
@RequestMapping("/api/v1/siting/initiatives")
@Tag(name = "Initiatieven", description = "Nieuwe voorzieningen van scan tot ingebruikname")
class InitiativeApiController {

    private final Initiatives initiatives;
    private final nl.thuisbasis.platform.OnceOnly once;

    InitiativeApiController(Initiatives initiatives, nl.thuisbasis.platform.OnceOnly once) {
        this.once = once;
        this.initiatives = initiatives;
    }

    @GetMapping
    @Operation(operationId = "listInitiatives", summary = "Alle initiatieven en waar ze staan")
    List<InitiativeResponse> list() {
        return initiatives.list(SitingAccess.require(SitingAccess.SCAN_ROLES)).stream().map(InitiativeResponse::from).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getInitiative", summary = "Een initiatief met zijn stappen")
    InitiativeResponse get(@PathVariable @Parameter(schema = @Schema(type = "string", format = "uuid")) InitiativeId id) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        return InitiativeResponse.from(initiatives.find(user, id.value()).orElseThrow(Refused::notFound));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "createInitiative", summary = "Een initiatief voor een nieuwe voorziening registreren")
    ResponseEntity<InitiativeResponse> create(@RequestBody InitiativeRequest body,
            @io.swagger.v3.oas.annotations.Parameter(description = "Optioneel: dezelfde sleutel nog eens (een herhaalde poging) "
                    + "registreert niet nog eens, maar geeft hetzelfde initiatief.")
            @org.springframework.web.bind.annotation.RequestHeader(value = "Idempotency-Key", required = false) String key) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        if (body == null) {
            throw Refused.badRequest(Problem.of("problem.body.missing"));
        }
        List<Problem> problems = new ArrayList<>();
        FacilityType type = parse(FacilityType.class, body.facilityType(), "facilityType", problems);
        CapacityUnit unit = body.capacityUnit() == null ? CapacityUnit.PLACES
                : parse(CapacityUnit.class, body.capacityUnit(), "capacityUnit", problems);
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (body.targetGroups() != null) {
            body.targetGroups().forEach(g -> {
                TargetGroup group = parse(TargetGroup.class, g, "targetGroups", problems);
                if (group != null) {
                    groups.add(group);
                }
            });
        }
        Refused.unless(problems, Initiatives.REFUSED);
        FacilityDraft intended = new FacilityDraft(body.name(), type, groups, body.providerCode(), null, body.street(),
                body.houseNumber(), body.postcode(), body.place(), body.lon(), body.lat(), body.capacity(), unit, null,
                null, null, null, true, null, null, false, false, false);
        UUID id = UUID.fromString(once.submit(key, "siting.initiative.create.api",
                () -> initiatives.create(user, body.name(), intended).id().toString()));
        Initiative created = initiatives.find(user, id).orElseThrow(Refused::notFound);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(InitiativeResponse.from(created));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/{id}/steps")
    @Operation(operationId = "recordInitiativeStep", summary = "Een stap vastleggen",
            description = "Stappen: SCAN (met scanId), NEIGHBOURS_INFORMED, NEIGHBOURHOOD_MEETING, COMMUNICATION_PLAN, "
                    + "MANAGEMENT_AGREEMENTS, DECISION (decisionBody COUNCIL of EXECUTIVE, approved, publishedOn), "
                    + "REALISATION, IN_USE (de voorziening komt dan in het register).")
    ResponseEntity<InitiativeResponse> step(
            @PathVariable @Parameter(schema = @Schema(type = "string", format = "uuid")) InitiativeId id,
            @RequestBody StepRequest body) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        if (body == null) {
            throw Refused.badRequest(Problem.of("problem.body.missing"));
        }
        List<Problem> problems = new ArrayList<>();
        InitiativeStep step = parse(InitiativeStep.class, body.step(), "step", problems);
        Refused.unless(problems, Initiatives.REFUSED);
        Initiative updated = initiatives.recordStep(user, id.value(), new StepInput(step, body.date(),
                body.scanId(), body.decisionBody(), body.approved(), body.publishedOn(), body.notes(), body.links()));
        return ResponseEntity.status(HttpStatus.CREATED).body(InitiativeResponse.from(updated));
    }

    /** An enumeration constant by its name (any case); a problem on the field when it is missing or unknown. */
    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(Problem.at(field, "initiative.problem.choice.missing", Problem.label("initiative.field." + field)));
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.at(field, "initiative.problem.choice.invalid", value, Problem.label("initiative.field." + field)));
            return null;
        }
    }
}
