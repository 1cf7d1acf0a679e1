package nl.thuisbasis.siting.shared;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;

/**
 * Reads a decimal from a form the way people type it here: 4.6725 or 4,6725 (a weight 1,5). The one place where the
 * module's forms read decimals; a value that is no number becomes a field error ({@code typeMismatch}) as usual.
 */
public final class DecimalInput extends PropertyEditorSupport {

    /** Lets every {@code Double} of the binder's form accept a decimal comma. Call from an {@code @InitBinder}. */
    public static void register(WebDataBinder binder) {
        binder.registerCustomEditor(Double.class, new DecimalInput());
    }

    @Override
    public void setAsText(String text) {
        setValue(parse(text));
    }

    /**
     * A decimal as people type it; null for nothing.
     *
     * @throws IllegalArgumentException when the text is no number
     */
    public static Double parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim().replace(',', '.'));
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("not a number");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number", e);
        }
    }

    @Override
    public String getAsText() {
        return getValue() == null ? "" : getValue().toString();
    }
}
