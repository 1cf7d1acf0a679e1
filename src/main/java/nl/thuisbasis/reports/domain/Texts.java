package nl.thuisbasis.reports.domain;

import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.platform.Inputs;
import nl.thuisbasis.platform.Problem;

/** Free texts people type (notes, titles, contacts): trimmed, at most so long, and only characters that can be stored. */
public final class Texts {

    private Texts() {
    }

    /** The trimmed text, or null when there is none. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Whether the database can store the text: no control characters (PostgreSQL refuses the NUL character). */
    public static boolean storable(String text) {
        return text == null || Inputs.printable(text);
    }

    /** The problems of an optional text of a field: too long, or a character that cannot be stored (as every module). */
    public static List<Problem> problems(String field, String text, int max) {
        List<Problem> problems = new ArrayList<>();
        Inputs.text(problems, field, text, max);
        return problems;
    }
}
