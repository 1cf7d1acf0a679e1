package nl.thuisbasis.outflow.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in euro cents, as a form field reads it: "712,50", "712.50", "€ 712" or "1.250,00" (a form record
 * component of this type is bound through {@link #of}; text that is no amount is a field error). The one parser of
 * amounts in outflow.
 */
public record Cents(int value) {

    /** The amount typed; null when nothing was typed. @throws IllegalArgumentException when it is no amount */
    public static Cents of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String v = text.replace("€", "").replace(" ", "").trim();
        if (v.matches("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?")) {
            v = v.replace(".", "");
        }
        v = v.replace(',', '.');
        try {
            return euros(new BigDecimal(v));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not an amount");
        }
    }

    /** Euros to cents (half a cent up). @throws ArithmeticException when that is no whole number of cents in an int */
    public static Cents euros(BigDecimal euros) {
        return new Cents(euros.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact());
    }

    /** The cents of an amount that may be missing. */
    public static Integer cents(Cents cents) {
        return cents == null ? null : cents.value();
    }

    /** As a form field shows it again: 712,50. */
    @Override
    public String toString() {
        return BigDecimal.valueOf(value, 2).toPlainString().replace('.', ',');
    }
}
