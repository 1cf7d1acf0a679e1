package nl.thuisbasis.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a request: the field it concerns ({@code null}: the request as a whole), the message key of its
 * text and the key's arguments. Policies return these instead of sentences, so that pages and the API speak the
 * reader's language; {@link Messages} turns them into text. An argument may be a {@link Label} (a message key resolved
 * in the same language), a date (formatted as the language writes dates), or a plain value.
 * <p>
 * Plain Java on purpose: domain policies build problems without depending on Spring.
 *
 * @param field the form field, API property or file column; null for the whole request
 * @param row   the row of an uploaded file (1 is the first data row), or null
 * @param key   the message key, e.g. {@code outflow.candidate.adults.range}
 * @param args  the arguments of the message
 */
public record Problem(String field, Integer row, String key, List<Object> args) {

    public Problem {
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** A problem of the request as a whole. */
    public static Problem of(String key, Object... args) {
        return new Problem(null, null, key, Arrays.asList(args));
    }

    /** A problem of one field. */
    public static Problem at(String field, String key, Object... args) {
        return new Problem(field, null, key, Arrays.asList(args));
    }

    /** A problem of one cell of an uploaded file. */
    public static Problem atRow(int row, String column, String key, Object... args) {
        return new Problem(column, row, key, Arrays.asList(args));
    }

    /** The same problem on another field (a form that names its fields differently from the policy). */
    public Problem on(String otherField) {
        return new Problem(otherField, row, key, args);
    }

    /** A message key used as an argument: resolved in the reader's language, e.g. the name of a status. */
    public record Label(String key, List<Object> args) {

        public Label {
            Objects.requireNonNull(key, "key");
            args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
        }
    }

    /** A message key used as an argument of another message. */
    public static Label label(String key, Object... args) {
        return new Label(key, Arrays.asList(args));
    }

    /** The label of an enum constant: {@code prefix + "." + NAME}. */
    public static Label label(String prefix, Enum<?> value) {
        return new Label(prefix + "." + value.name(), List.of());
    }
}
