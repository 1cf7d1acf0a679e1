package nl.thuisbasis.reports.template;

import java.util.UUID;

/** The id of what was created. */
record TemplateCreatedResponse(UUID id) {
}
