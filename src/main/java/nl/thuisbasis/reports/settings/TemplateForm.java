package nl.thuisbasis.reports.settings;

import nl.thuisbasis.reports.template.TemplateDraft;

/** The form to add a reply template: its title, text and the step it belongs to (blank: any step), and the form's once-only token. */
record TemplateForm(String title, String body, String status, String onceToken) {

    static final TemplateForm EMPTY = new TemplateForm(null, null, null, null);

    TemplateDraft draft() {
        return new TemplateDraft(title, body, status);
    }
}
