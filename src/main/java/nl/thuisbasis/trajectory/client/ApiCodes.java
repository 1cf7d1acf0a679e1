package nl.thuisbasis.trajectory.client;

import java.util.List;
import java.util.Locale;
import nl.thuisbasis.platform.Problem;

/** Codes of the trajectory API (a phase, a kind of home) read from text: any case; an unknown one is a problem. */
final class ApiCodes {

    private ApiCodes() {
    }

    /** The constant named by {@code value}, or null: when empty (nothing chosen) or unknown (a problem at the field). */
    static <E extends Enum<E>> E code(Class<E> type, String value, String field, String key, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.at(field, key, value));
            return null;
        }
    }
}
