package nl.thuisbasis.outflow.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An amount in euros, kept in cents: the one way outflow reads an amount a person types ("712,50", "712.50",
 * "€ 712", "1.234,50") or an API sends (712.50). A form field of this type that cannot be read is a field error by
 * itself (Spring binds it through {@link #of(String)}).
 */
public record Euros(int cents) {

    /**
     * @return null for empty text
     * @throws IllegalArgumentException when the text is no amount
     */
    public static Euros of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String v = text.replace("€", "").replace(" ", "").replace("\u00a0", "").trim();
        if (v.matches("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?")) {
            v = v.replace(".", "");
        }
        v = v.replace(',', '.');
        if (!v.matches("-?\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("not an amount");
        }
        return of(new BigDecimal(v));
    }

    /**
     * @throws IllegalArgumentException when the amount does not fit (more than twenty million euros)
     */
    public static Euros of(BigDecimal euros) {
        try {
            return new Euros(euros.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("not an amount in cents", e);
        }
    }

    public static Euros ofCents(int cents) {
        return new Euros(cents);
    }

    /** The cents of an amount that may be missing. */
    public static Integer cents(Euros amount) {
        return amount == null ? null : amount.cents();
    }

    /** As a form shows it: 712,50. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s%d,%02d", cents < 0 ? "-" : "", Math.abs(cents) / 100, Math.abs(cents) % 100);
    }
}
