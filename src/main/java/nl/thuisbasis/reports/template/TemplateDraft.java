package nl.thuisbasis.reports.template;

/**
 * A new reply template as someone enters it: a title, the text of the reply and the step it belongs to (a status name
 * such as {@code CLOSED}; blank: any step).
 */
public record TemplateDraft(String title, String body, String status) {
}
