package nl.thuisbasis.reports.routing;

import java.util.UUID;

/** The id of what was created. */
record RuleCreatedResponse(UUID id) {
}
