package nl.thuisbasis.reports.routing;

import java.util.UUID;
import nl.thuisbasis.reports.domain.Routing;

/** A stored routing rule: the rule, the name of its facility (if any) and who made it. */
record RoutingRuleResponse(UUID id, RuleResponse rule, String facilityName, String createdBy) {

    /** The rule itself; null fields match anything. */
    record RuleResponse(String category, String municipalityCode, String facilityId, Routing.Target target, String contact) {
    }

    static RoutingRuleResponse from(RoutingRules.StoredRule stored) {
        Routing.Rule r = stored.rule();
        return new RoutingRuleResponse(stored.id(), new RuleResponse(r.category(), r.municipalityCode(), r.facilityId(),
                r.target(), r.contact()), stored.facilityName(), stored.createdBy());
    }
}
