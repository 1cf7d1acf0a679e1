package nl.thuisbasis.outflow.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reading codes, numbers and dates from API bodies and forms; a problem in Dutch goes to the list, never an exception.
 * To be replaced by form records and the platform's binding (typed fields, {@code DateInput}).
 */
public final class OutflowParsing {

    private OutflowParsing() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String problem, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(problem);
            return null;
        }
    }

    public static Integer integer(String value, String problem, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            problems.add(problem);
            return null;
        }
    }

    /** The version a form was read at (optimistic locking); a form without it is refused, not guessed. */
    public static Integer version(String value, List<String> problems) {
        Integer version = integer(value, STALE_FORM, problems);
        if (version == null && (value == null || value.isBlank())) {
            problems.add(STALE_FORM);
        }
        return version;
    }

    public static final String STALE_FORM = "Het formulier mist de versie waarmee het werd geopend; open de pagina opnieuw.";

    /** Euros as entered ("712,50", "712.50", "€ 712") to cents. */
    public static Integer cents(String value, String problem, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.replace("€", "").replace(" ", "").trim();
        if (v.matches("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?")) {
            v = v.replace(".", "");
        }
        v = v.replace(',', '.');
        try {
            return new java.math.BigDecimal(v).movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(problem);
            return null;
        }
    }

    /**
     * The problems of a form: what could not be read, and with it every problem the service finds in the rest, so
     * that one wrong number does not hide the others (each message once, in order).
     */
    public static List<String> together(List<String> unreadable, java.util.function.Supplier<List<String>> checks) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(unreadable);
        all.addAll(checks.get());
        return List.copyOf(all);
    }

    /** 31-2-2026 is no date (strict: not moved to the end of the month); ISO dates are strict already. */
    private static final java.time.format.DateTimeFormatter DUTCH_DATE = java.time.format.DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    public static LocalDate date(String value, String problem, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.trim(), DUTCH_DATE);
            } catch (DateTimeParseException e2) {
                problems.add(problem);
                return null;
            }
        }
    }

    public static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
