package nl.thuisbasis.reports.template;

/** A new reply template as someone enters it: a title and the text of the reply. */
public record TemplateDraft(String title, String body) {
}
