package nl.thuisbasis.oversight.covenant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.oversight.location.LocationId;
import nl.thuisbasis.oversight.location.OversightProfileResponse;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Messages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/** The management covenant of a location. */
@ApiController
@RequestMapping("/api/v1/oversight/locations")
@Tag(name = "Beheer", description = "Beheercommissie, beheerconvenant en escalatieladder per voorziening")
class CovenantApiController {

    private final Covenants covenants;
    private final Messages messages;

    CovenantApiController(Covenants covenants, Messages messages) {
        this.covenants = covenants;
        this.messages = messages;
    }

    @PutMapping("/{facilityId}/covenant")
    @Operation(operationId = "updateCovenant", summary = "Het beheerconvenant: ondertekend, laatste evaluatie, meldingenregister en meldkaart")
    OversightProfileResponse covenant(@PathVariable LocationId facilityId, @RequestBody CovenantRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
        return OversightProfileResponse.from(covenants.update(user, facilityId, body.covenant()), messages);
    }
}
