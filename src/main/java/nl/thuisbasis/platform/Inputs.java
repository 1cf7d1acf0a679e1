package nl.thuisbasis.platform;

import java.time.LocalDate;
import java.util.List;

/**
 * The checks every text and date that people type goes through before it is stored, from a page or the API, in every
 * module: a text fits its column and holds no control characters (PostgreSQL refuses a NUL), a date lies in the years
 * people mean. Plain Java, for the policies in {@code ..domain..} packages.
 */
public final class Inputs {

    /** The years a date may have (as {@link DateInput} reads dates from forms). */
    public static final int FIRST_YEAR = DateInput.FIRST_YEAR;
    public static final int LAST_YEAR = DateInput.LAST_YEAR;

    private Inputs() {
    }

    /** The text without surrounding blanks, or null when there is nothing. */
    public static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /**
     * An optional text: at most {@code max} characters once trimmed, and no control characters anywhere (tabs and line
     * breaks are fine), not even where trimming would take them away.
     */
    public static void text(List<Problem> problems, String field, String value, int max) {
        if (value == null) {
            return;
        }
        String text = value.trim();
        if (!printable(value)) {
            problems.add(Problem.at(field, "problem.text.characters"));
        } else if (text.length() > max) {
            problems.add(Problem.at(field, "problem.text.long", max));
        }
    }

    /** A text that must be there: {@code missing} (a message key) when it is blank, otherwise as {@link #text}. */
    public static void required(List<Problem> problems, String field, String value, int max, String missing) {
        if (blank(value) == null) {
            problems.add(Problem.at(field, missing));
        } else {
            text(problems, field, value, max);
        }
    }

    /** An optional date: within the years people mean. */
    public static void date(List<Problem> problems, String field, LocalDate date) {
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            problems.add(Problem.at(field, "problem.date.range"));
        }
    }

    /** Whether the date is there and within the years people mean. */
    public static boolean sensible(LocalDate date) {
        return date != null && date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** No control characters but tabs and line breaks. */
    public static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
