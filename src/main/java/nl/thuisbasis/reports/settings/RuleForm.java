package nl.thuisbasis.reports.settings;

import nl.thuisbasis.reports.domain.Routing;
import nl.thuisbasis.reports.routing.RuleDraft;

/** The form to add a routing rule: the same fields as the API's request, and the form's once-only token. */
record RuleForm(String category, String municipality, String facilityId, Routing.Target target, String contact,
        String onceToken) {

    static final RuleForm EMPTY = new RuleForm(null, null, null, null, null, null);

    RuleDraft draft() {
        return new RuleDraft(category, municipality, facilityId, target == null ? null : target.name(), contact);
    }
}
