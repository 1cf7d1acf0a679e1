package nl.thuisbasis.oversight.ladder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.oversight.domain.Regime;
import nl.thuisbasis.oversight.location.LocationId;
import nl.thuisbasis.oversight.location.Locations;
import nl.thuisbasis.oversight.location.OversightProfileResponse;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/** Moving a location on the escalation ladder and switching extra supervision. */
@ApiController
@RequestMapping("/api/v1/oversight/locations")
@Tag(name = "Beheer", description = "Beheercommissie, beheerconvenant en escalatieladder per voorziening")
class LadderApiController {

    private final Ladder ladder;
    private final Messages messages;

    LadderApiController(Ladder ladder, Messages messages) {
        this.ladder = ladder;
        this.messages = messages;
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/{facilityId}/regime-changes")
    @Operation(operationId = "changeRegime", summary = "Een locatie op de escalatieladder verplaatsen",
            description = "Eén trede tegelijk; meer treden opschalen alleen met urgent=true. De gemeente van de locatie, "
                    + "regiocoördinatoren en beheerders.")
    ResponseEntity<OversightProfileResponse> changeRegime(@PathVariable LocationId facilityId,
            @RequestBody RegimeChangeRequest body, @AuthenticationPrincipal CurrentUser user) {
        require(user);
        Ladder.Move move = new Ladder.Move(regime(body.to()), body.reason(), Boolean.TRUE.equals(body.urgent()),
                body.decidedBy(), body.decidedOn());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(OversightProfileResponse.from(ladder.changeRegime(user, facilityId, move), messages));
    }

    @PostMapping("/{facilityId}/extra-supervision")
    @Operation(operationId = "setExtraSupervision", summary = "Extra toezicht aan of uit (alleen naast een verbetertraject)")
    OversightProfileResponse extraSupervision(@PathVariable LocationId facilityId, @RequestBody ExtraSupervisionRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        require(user);
        return OversightProfileResponse.from(ladder.setExtraSupervision(user, facilityId, body.supervision()), messages);
    }

    /** The regime named in the body; a name that is none is refused on its own (nothing else can be judged). */
    private static Regime regime(String text) {
        if (text == null || text.isBlank()) {
            throw Refused.invalid(Locations.REFUSED, Problem.at("to", "oversight.problem.regime.missing"));
        }
        String name = text.trim().toUpperCase(Locale.ROOT);
        for (Regime regime : Regime.values()) {
            if (regime.name().equals(name)) {
                return regime;
            }
        }
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        throw Refused.invalid(Locations.REFUSED, Problem.at("to", "oversight.problem.regime.unknown", shown));
    }

    private static void require(CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
    }
}
