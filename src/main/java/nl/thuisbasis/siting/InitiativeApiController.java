package nl.thuisbasis.siting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.facility.CapacityUnit;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.ApiException;
import nl.thuisbasis.siting.domain.InitiativeStep;
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

    InitiativeApiController(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    record InitiativeBody(String name, String providerCode, String facilityType, List<String> targetGroups,
            Integer capacity, String capacityUnit, String street, String houseNumber, String postcode, String place,
            Double lon, Double lat) {
    }

    record StepBody(String step, LocalDate date, UUID scanId, String decisionBody, Boolean approved,
            LocalDate publishedOn, String notes, String links) {
    }

    @GetMapping
    @Operation(operationId = "listInitiatives", summary = "Alle initiatieven en waar ze staan")
    List<Initiative> list() {
        return initiatives.list(SitingAccess.require(SitingAccess.SCAN_ROLES));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getInitiative", summary = "Een initiatief met zijn stappen")
    Initiative get(@PathVariable String id) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        return initiatives.find(user, parse(id)).orElseThrow(() -> ApiException.notFound("Initiatief '" + id + "' bestaat niet."));
    }

    @PostMapping
    @Operation(operationId = "createInitiative", summary = "Een initiatief voor een nieuwe voorziening registreren")
    ResponseEntity<Initiative> create(@RequestBody InitiativeBody body) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        if (body == null) {
            throw ApiException.badRequest("De body ontbreekt.");
        }
        List<String> problems = new ArrayList<>();
        FacilityType type = parse(FacilityType.class, body.facilityType(), "soort voorziening", problems);
        CapacityUnit unit = body.capacityUnit() == null ? CapacityUnit.PLACES
                : parse(CapacityUnit.class, body.capacityUnit(), "eenheid", problems);
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (body.targetGroups() != null) {
            body.targetGroups().forEach(g -> {
                TargetGroup group = parse(TargetGroup.class, g, "doelgroep", problems);
                if (group != null) {
                    groups.add(group);
                }
            });
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        FacilityDraft intended = new FacilityDraft(body.name(), type, groups, body.providerCode(), null, body.street(),
                body.houseNumber(), body.postcode(), body.place(), body.lon(), body.lat(), body.capacity(), unit, null,
                null, null, null, true, null, null, false, false, false);
        try {
            Initiative created = initiatives.create(user, body.name(), intended);
            URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
            return ResponseEntity.created(location).body(created);
        } catch (Initiatives.Refused e) {
            throw refused(e.problems());
        }
    }

    @PostMapping("/{id}/steps")
    @Operation(operationId = "recordInitiativeStep", summary = "Een stap vastleggen",
            description = "Stappen: SCAN (met scanId), NEIGHBOURS_INFORMED, NEIGHBOURHOOD_MEETING, COMMUNICATION_PLAN, "
                    + "MANAGEMENT_AGREEMENTS, DECISION (decisionBody COUNCIL of EXECUTIVE, approved, publishedOn), "
                    + "REALISATION, IN_USE (de voorziening komt dan in het register).")
    ResponseEntity<Initiative> step(@PathVariable String id, @RequestBody StepBody body) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        if (body == null) {
            throw ApiException.badRequest("De body ontbreekt.");
        }
        List<String> problems = new ArrayList<>();
        InitiativeStep step = parse(InitiativeStep.class, body.step(), "stap", problems);
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        try {
            Initiative updated = initiatives.recordStep(user, parse(id), new Initiatives.StepInput(step, body.date(),
                    body.scanId(), body.decisionBody(), body.approved(), body.publishedOn(), body.notes(), body.links()));
            return ResponseEntity.status(HttpStatus.CREATED).body(updated);
        } catch (Initiatives.Refused e) {
            throw refused(e.problems());
        }
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Initiatief '" + id + "' bestaat niet.");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String label, List<String> problems) {
        if (value == null || value.isBlank()) {
            problems.add("Geef de " + label + ".");
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("'" + value + "' is geen geldige " + label + ".");
            return null;
        }
    }

    private static ApiException refused(List<String> problems) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "initiative-refused",
                "Niet vastgelegd. " + String.join(" ", problems),
                problems.stream().<Map<String, Object>>map(p -> Map.of("name", "initiative", "reason", p)).toList());
    }
}
