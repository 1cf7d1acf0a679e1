package nl.thuisbasis.reports.template;

/** A new reply template sent to the API. */
record ReplyTemplateRequest(String title, String body) {

    TemplateDraft draft() {
        return new TemplateDraft(title, body);
    }
}
