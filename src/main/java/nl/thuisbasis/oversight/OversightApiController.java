package nl.thuisbasis.oversight;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.ApiException;
import nl.thuisbasis.oversight.domain.Regime;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/** Oversight per facility: read it, move the location on the escalation ladder, switch extra supervision. */
@ApiController
@RequestMapping("/api/v1/oversight/locations")
@Tag(name = "Beheer", description = "Beheercommissie, beheerconvenant en escalatieladder per voorziening")
class OversightApiController {

    private final OversightService service;

    OversightApiController(OversightService service) {
        this.service = service;
    }

    record RegimeChangeBody(String to, String reason, Boolean urgent, String decidedBy, LocalDate decidedOn) {
    }

    record ExtraSupervisionBody(Boolean on, String reason, LocalDate decidedOn) {
    }

    @GetMapping("/{facilityId}")
    @Operation(operationId = "getOversight", summary = "Het beheer van een voorziening, met de geschiedenis op de escalatieladder")
    OversightProfile get(@PathVariable String facilityId, @AuthenticationPrincipal CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
        return service.profile(id(facilityId)).orElseThrow(() -> notFound(facilityId));
    }

    @PostMapping("/{facilityId}/regime-changes")
    @Operation(operationId = "changeRegime", summary = "Een locatie op de escalatieladder verplaatsen",
            description = "Eén trede tegelijk; meer treden opschalen alleen met urgent=true. De gemeente van de locatie, "
                    + "regiocoördinatoren en beheerders.")
    ResponseEntity<OversightProfile> changeRegime(@PathVariable String facilityId, @RequestBody RegimeChangeBody body,
            @AuthenticationPrincipal CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
        Regime to;
        try {
            to = Regime.valueOf(body.to() == null ? "" : body.to().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refused(List.of("'" + body.to() + "' is geen regime; kies DORMANT, ACTIVE_BASIC, STRICTER of IMPROVEMENT_TRACK."));
        }
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(service.changeRegime(user, id(facilityId), to,
                    body.reason(), Boolean.TRUE.equals(body.urgent()), body.decidedBy(), body.decidedOn()));
        } catch (OversightService.Refused e) {
            throw refused(e.problems());
        } catch (OversightService.NotVisible e) {
            throw notFound(facilityId);
        }
    }

    @PostMapping("/{facilityId}/extra-supervision")
    @Operation(operationId = "setExtraSupervision", summary = "Extra toezicht aan of uit (alleen naast een verbetertraject)")
    OversightProfile extraSupervision(@PathVariable String facilityId, @RequestBody ExtraSupervisionBody body,
            @AuthenticationPrincipal CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
        try {
            return service.setExtraSupervision(user, id(facilityId), Boolean.TRUE.equals(body.on()), body.reason(), body.decidedOn());
        } catch (OversightService.Refused e) {
            throw refused(e.problems());
        } catch (OversightService.NotVisible e) {
            throw notFound(facilityId);
        }
    }

    private static FacilityId id(String text) {
        return FacilityId.parse(text).orElseThrow(() -> notFound(text));
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("Voorziening '" + id + "' bestaat niet of is voor u niet zichtbaar.");
    }

    private static ApiException refused(List<String> problems) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "oversight-refused", "Niet vastgelegd. " + String.join(" ", problems),
                problems.stream().<Map<String, Object>>map(p -> Map.of("name", "regime", "reason", p)).toList());
    }
}
