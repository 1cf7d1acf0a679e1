package nl.thuisbasis.reports.routing;

/** A new routing rule sent to the API. */
record RoutingRuleRequest(String category, String municipality, String facilityId, String target, String contact) {

    RuleDraft draft() {
        return new RuleDraft(category, municipality, facilityId, target, contact);
    }
}
