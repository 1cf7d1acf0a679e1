package nl.thuisbasis.oversight.committee;

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

/** The management committee of a location. */
@ApiController
@RequestMapping("/api/v1/oversight/locations")
@Tag(name = "Beheer", description = "Beheercommissie, beheerconvenant en escalatieladder per voorziening")
class CommitteeApiController {

    private final Committees committees;
    private final Messages messages;

    CommitteeApiController(Committees committees, Messages messages) {
        this.committees = committees;
        this.messages = messages;
    }

    @PutMapping("/{facilityId}/committee")
    @Operation(operationId = "updateCommittee", summary = "De beheercommissie: leden per partij, vergaderritme, laatste en volgende vergadering",
            description = "Partijen: RESIDENTS, BUSINESSES, PROVIDER, MUNICIPALITY, POLICE, CORPORATION. Met de versie die u las (409 als die verouderd is).")
    OversightProfileResponse committee(@PathVariable LocationId facilityId, @RequestBody CommitteeRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
        return OversightProfileResponse.from(committees.update(user, facilityId, body.committee()), messages);
    }
}
