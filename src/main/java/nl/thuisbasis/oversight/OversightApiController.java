package nl.thuisbasis.oversight;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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

    record CommitteeBody(Integer version, Boolean present, Map<String, String> members, String meetingCadence,
            LocalDate lastMeeting, LocalDate nextMeeting, String minutesUrl) {
    }

    record CovenantBody(Integer version, Boolean present, LocalDate signedOn, LocalDate lastReview, Boolean hasReportRegister,
            Boolean hasReportCard) {
    }

    record MeasurementBody(String kind, String method, BigDecimal score, LocalDate measuredOn, String notes) {
    }

    record ActionBody(String description, String ownerOrganisation, LocalDate deadline) {
    }

    record ActionStatusBody(Integer version, String status) {
    }

    @PutMapping("/{facilityId}/committee")
    @Operation(operationId = "updateCommittee", summary = "De beheercommissie: leden per partij, vergaderritme, laatste en volgende vergadering",
            description = "Partijen: RESIDENTS, BUSINESSES, PROVIDER, MUNICIPALITY, POLICE, CORPORATION. Met de versie die u las (409 als die verouderd is).")
    OversightProfile committee(@PathVariable String facilityId, @RequestBody CommitteeBody body, @AuthenticationPrincipal CurrentUser user) {
        require(user, body);
        return service.updateCommittee(user, id(facilityId), version(body.version()), Boolean.TRUE.equals(body.present()),
                body.members(), body.meetingCadence(), body.lastMeeting(), body.nextMeeting(), body.minutesUrl());
    }

    @PutMapping("/{facilityId}/covenant")
    @Operation(operationId = "updateCovenant", summary = "Het beheerconvenant: ondertekend, laatste evaluatie, meldingenregister en meldkaart")
    OversightProfile covenant(@PathVariable String facilityId, @RequestBody CovenantBody body, @AuthenticationPrincipal CurrentUser user) {
        require(user, body);
        return service.updateCovenant(user, id(facilityId), version(body.version()), Boolean.TRUE.equals(body.present()),
                body.signedOn(), body.lastReview(), Boolean.TRUE.equals(body.hasReportRegister()), Boolean.TRUE.equals(body.hasReportCard()));
    }

    @PostMapping("/{facilityId}/liveability-measurements")
    @Operation(operationId = "addLiveabilityMeasurement", summary = "Een leefbaarheidsmeting vastleggen (BASELINE of FOLLOW_UP)")
    ResponseEntity<OversightProfile> measurement(@PathVariable String facilityId, @RequestBody MeasurementBody body,
            @AuthenticationPrincipal CurrentUser user) {
        require(user, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(service.addMeasurement(user, id(facilityId), body.kind(),
                body.method(), body.score(), body.measuredOn(), body.notes()));
    }

    @PostMapping("/{facilityId}/improvement-actions")
    @Operation(operationId = "addImprovementAction", summary = "Een actie toevoegen aan het plan van het verbetertraject")
    ResponseEntity<OversightProfile> action(@PathVariable String facilityId, @RequestBody ActionBody body,
            @AuthenticationPrincipal CurrentUser user) {
        require(user, body);
        return ResponseEntity.status(HttpStatus.CREATED).body(service.addAction(user, id(facilityId), body.description(),
                body.ownerOrganisation(), body.deadline()));
    }

    @PatchMapping("/{facilityId}/improvement-actions/{actionId}")
    @Operation(operationId = "updateImprovementAction", summary = "De status van een actie: OPEN, IN_PROGRESS, DONE of CANCELLED")
    OversightProfile actionStatus(@PathVariable String facilityId, @PathVariable String actionId, @RequestBody ActionStatusBody body,
            @AuthenticationPrincipal CurrentUser user) {
        require(user, body);
        UUID action;
        try {
            action = UUID.fromString(actionId);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Actie '" + actionId + "' bestaat niet.");
        }
        return service.setActionStatus(user, id(facilityId), action, version(body.version()), body.status());
    }

    @GetMapping("/{facilityId}/report-signals")
    @Operation(operationId = "getReportSignals", summary = "Meldingen per maand, de meldingen sinds de laatste vergadering en een eventuele suggestie voor het regime",
            description = "Zonder gegevens van melders en zonder beschrijving. Een suggestie verandert het regime nooit vanzelf.")
    OversightService.ReportSignals signals(@PathVariable String facilityId, @AuthenticationPrincipal CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
        OversightProfile profile = service.profile(id(facilityId)).orElseThrow(() -> notFound(facilityId));
        return service.reportSignals(profile);
    }

    private static void require(CurrentUser user, Object body) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
        if (body == null) {
            throw ApiException.badRequest("De body ontbreekt.");
        }
    }

    private static int version(Integer version) {
        if (version == null) {
            throw new OversightService.Refused(List.of("Geef de versie die u las (veld version)."));
        }
        return version;
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
