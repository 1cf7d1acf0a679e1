package nl.thuisbasis.platform;

import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Reads a decimal from a form or query parameter the way people type it here: 4.6725 or, on a Dutch keyboard, 4,6725
 * (a weight 1,5). Registered for every {@code Double} of every form, so no module parses decimals by hand; a value that
 * is no (finite) number becomes a field error ({@code typeMismatch}) as usual.
 */
public final class DecimalInput implements Formatter<Double> {

    /**
     * A decimal as people type it; null for nothing.
     *
     * @throws IllegalArgumentException when the text is no finite number
     */
    public static Double parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim().replace(',', '.'));
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("not a number");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number", e);
        }
    }

    @Override
    public Double parse(String text, Locale locale) {
        return parse(text);
    }

    @Override
    public String print(Double value, Locale locale) {
        return value.toString();
    }
}
