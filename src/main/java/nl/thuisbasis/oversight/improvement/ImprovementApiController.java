package nl.thuisbasis.oversight.improvement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.oversight.location.LocationId;
import nl.thuisbasis.oversight.location.OversightProfileResponse;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/** The plan of actions of a location's improvement track. */
@ApiController
@RequestMapping("/api/v1/oversight/locations")
@Tag(name = "Beheer", description = "Beheercommissie, beheerconvenant en escalatieladder per voorziening")
class ImprovementApiController {

    private final Improvements improvements;
    private final Messages messages;

    ImprovementApiController(Improvements improvements, Messages messages) {
        this.improvements = improvements;
        this.messages = messages;
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/{facilityId}/improvement-actions")
    @Operation(operationId = "addImprovementAction", summary = "Een actie toevoegen aan het plan van het verbetertraject")
    ResponseEntity<OversightProfileResponse> add(@PathVariable LocationId facilityId, @RequestBody ActionRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        require(user);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(OversightProfileResponse.from(improvements.addAction(user, facilityId, body.draft()), messages));
    }

    @PatchMapping("/{facilityId}/improvement-actions/{actionId}")
    @Operation(operationId = "updateImprovementAction", summary = "De status van een actie: OPEN, IN_PROGRESS, DONE of CANCELLED")
    OversightProfileResponse status(@PathVariable LocationId facilityId, @PathVariable ActionId actionId,
            @RequestBody ActionStatusRequest body, @AuthenticationPrincipal CurrentUser user) {
        require(user);
        return OversightProfileResponse.from(improvements.setStatus(user, facilityId, actionId, body.version(), body.status()),
                messages);
    }

    private static void require(CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
    }
}
