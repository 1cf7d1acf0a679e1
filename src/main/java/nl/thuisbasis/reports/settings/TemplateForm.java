package nl.thuisbasis.reports.settings;

import nl.thuisbasis.reports.template.TemplateDraft;

/** The form to add a reply template. */
record TemplateForm(String title, String body) {

    static final TemplateForm EMPTY = new TemplateForm(null, null);

    TemplateDraft draft() {
        return new TemplateDraft(title, body);
    }
}
