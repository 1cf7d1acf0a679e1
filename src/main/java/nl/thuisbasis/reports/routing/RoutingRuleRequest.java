package nl.thuisbasis.reports.routing;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.thuisbasis.reports.domain.Routing;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
/** A new routing rule sent to the API. */
record RoutingRuleRequest(
        String category,
        String municipality,
        String facilityId,
        @Schema(requiredMode = REQUIRED, implementation = Routing.Target.class) String target,
        String contact) {

    RuleDraft draft() {
        return new RuleDraft(category, municipality, facilityId, target, contact);
    }
}
