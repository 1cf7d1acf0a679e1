package nl.thuisbasis.reports.template;

/** A new reply template sent to the API; {@code status}: the step it belongs to (ACKNOWLEDGED, IN_PROGRESS, CLOSED), or none. */
record ReplyTemplateRequest(String title, String body, String status) {

    TemplateDraft draft() {
        return new TemplateDraft(title, body, status);
    }
}
