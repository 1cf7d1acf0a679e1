package nl.thuisbasis.oversight.liveability;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/** Liveability measurements of a location. */
@ApiController
@RequestMapping("/api/v1/oversight/locations")
@Tag(name = "Beheer", description = "Beheercommissie, beheerconvenant en escalatieladder per voorziening")
class MeasurementApiController {

    private final Measurements measurements;
    private final Messages messages;

    MeasurementApiController(Measurements measurements, Messages messages) {
        this.measurements = measurements;
        this.messages = messages;
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/{facilityId}/liveability-measurements")
    @Operation(operationId = "addLiveabilityMeasurement", summary = "Een leefbaarheidsmeting vastleggen (BASELINE of FOLLOW_UP)")
    ResponseEntity<OversightProfileResponse> add(@PathVariable LocationId facilityId, @RequestBody MeasurementRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(OversightProfileResponse.from(measurements.add(user, facilityId, body.measurement()), messages));
    }
}
