package nl.thuisbasis.outflow;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Reading codes, numbers and dates from API bodies and forms; a problem in Dutch goes to the list, never an exception. */
final class OutflowParsing {

    private OutflowParsing() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String problem, List<String> problems) {
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

    static Integer integer(String value, String problem, List<String> problems) {
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

    /** Euros as entered ("712,50", "712.50", "€ 712") to cents. */
    static Integer cents(String value, String problem, List<String> problems) {
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

    static LocalDate date(String value, String problem, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.trim(), java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
            } catch (DateTimeParseException e2) {
                problems.add(problem);
                return null;
            }
        }
    }

    static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
