package nl.thuisbasis.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Reads a date from a form or query parameter: ISO (what a date field sends, 2026-11-16) or as people type it in
 * Dutch (16-11-2026). Strict: 31-2-2026 is no date, not the 28th. Writes ISO, the value of a date field.
 */
final class DateInput implements Formatter<LocalDate> {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** Years a person can mean: anything else is a typing error (and PostgreSQL refuses year 0). */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    @Override
    public LocalDate parse(String text, Locale locale) {
        String value = text.trim();
        if (value.isEmpty()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            try {
                date = LocalDate.parse(value, DUTCH);
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("not a date");
            }
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException("not a date people mean");
        }
        return date;
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return date.toString();
    }
}
