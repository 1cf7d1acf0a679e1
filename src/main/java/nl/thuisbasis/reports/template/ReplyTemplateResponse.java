package nl.thuisbasis.reports.template;

import java.util.UUID;

/** A reply template; {@code organisationCode} null: shared; {@code status} null: fits any step. */
record ReplyTemplateResponse(UUID id, String organisationCode, String title, String body, String status) {

    static ReplyTemplateResponse from(ReplyTemplates.Template t) {
        return new ReplyTemplateResponse(t.id(), t.organisationCode(), t.title(), t.body(), t.status());
    }
}
