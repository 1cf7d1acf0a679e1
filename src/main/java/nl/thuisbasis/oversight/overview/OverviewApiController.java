package nl.thuisbasis.oversight.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.oversight.improvement.Improvements;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Messages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The municipality's overview: every contracted location with regime, committee, covenant, reports and overdue actions. */
@ApiController
@RequestMapping("/api/v1/oversight")
@Tag(name = "Beheer", description = "Beheercommissie, beheerconvenant en escalatieladder per voorziening")
class OverviewApiController {

    private final Overview overview;
    private final Improvements improvements;
    private final Messages messages;

    OverviewApiController(Overview overview, Improvements improvements, Messages messages) {
        this.overview = overview;
        this.improvements = improvements;
        this.messages = messages;
    }

    @GetMapping("/locations")
    @Operation(operationId = "listOversight", summary = "Alle gecontracteerde locaties van een gemeente met hun beheer, zwaarste regime eerst",
            description = "Een gemeente ziet haar eigen locaties; regiocoördinatoren en beheerders kiezen de gemeente (leeg: alle).")
    List<OverviewRowResponse> overview(@RequestParam(required = false) String municipality,
            @AuthenticationPrincipal CurrentUser user) {
        return overview.rows(require(user), municipality).stream().map(r -> OverviewRowResponse.from(r, messages)).toList();
    }

    @GetMapping("/overdue-actions")
    @Operation(operationId = "listOverdueActions", summary = "Acties van verbetertrajecten die over hun deadline zijn, oudste eerst")
    List<OverdueActionResponse> overdue(@RequestParam(required = false) String municipality,
            @AuthenticationPrincipal CurrentUser user) {
        return improvements.overdueActions(require(user), municipality).stream().map(OverdueActionResponse::from).toList();
    }

    private static CurrentUser require(CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
        return user;
    }
}
