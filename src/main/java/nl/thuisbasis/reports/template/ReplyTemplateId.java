package nl.thuisbasis.reports.template;

import java.util.UUID;

/** Identifies a reply template; a path that holds no UUID names no template (404). */
public record ReplyTemplateId(UUID value) {

    public static ReplyTemplateId of(String text) {
        return new ReplyTemplateId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
