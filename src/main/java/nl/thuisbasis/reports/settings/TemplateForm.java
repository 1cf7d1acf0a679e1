package nl.thuisbasis.reports.settings;

import nl.thuisbasis.reports.template.TemplateDraft;

/** The form to add a reply template: its title, text and the step it belongs to (blank: any step). */
record TemplateForm(String title, String body, String status) {

    static final TemplateForm EMPTY = new TemplateForm(null, null, null);

    TemplateDraft draft() {
        return new TemplateDraft(title, body, status);
    }
}
