package nl.thuisbasis.reports.template;

import java.util.UUID;

/** A reply template; {@code organisationCode} null: shared. */
record ReplyTemplateResponse(UUID id, String organisationCode, String title, String body) {

    static ReplyTemplateResponse from(ReplyTemplates.Template t) {
        return new ReplyTemplateResponse(t.id(), t.organisationCode(), t.title(), t.body());
    }
}
