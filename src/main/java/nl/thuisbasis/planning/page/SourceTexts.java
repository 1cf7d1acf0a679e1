package nl.thuisbasis.planning.page;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import nl.thuisbasis.planning.domain.Parameter;
import nl.thuisbasis.planning.domain.ParameterSource;
import nl.thuisbasis.platform.DateFormats;
import nl.thuisbasis.platform.Messages;
import org.springframework.stereotype.Component;

/**
 * Where a parameter's value comes from, as a sentence in the reader's language: the stored source text is a message
 * key with its arguments ({@code key|arg|arg}; a date argument is shown in the reader's date format); a value set by
 * hand names who set it and why.
 */
@Component
public class SourceTexts {

    private final Messages messages;

    SourceTexts(Messages messages) {
        this.messages = messages;
    }

    public String text(Parameter p) {
        if (p.source() == ParameterSource.MANUAL) {
            return messages.text(Messages.locale(), "planning.source.manual", p.setBy() == null ? "" : p.setBy(),
                    p.reason() == null ? "" : p.reason());
        }
        return text(p.sourceText());
    }

    public String text(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        String[] parts = stored.split("\\|");
        Object[] args = Arrays.stream(parts, 1, parts.length).map(SourceTexts::shown).toArray();
        try {
            return messages.has(parts[0]) ? messages.text(Messages.locale(), parts[0], args) : stored;
        } catch (IllegalArgumentException e) {
            // a stored source whose arguments no longer fit its sentence: shown as stored rather than not at all
            return stored;
        }
    }

    private static Object shown(String arg) {
        if (arg.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return DateFormats.date(LocalDate.parse(arg), Messages.locale());
            } catch (DateTimeParseException e) {
                return arg;
            }
        }
        return arg.matches("\\d{1,9}") ? Integer.valueOf(arg) : arg;
    }
}
