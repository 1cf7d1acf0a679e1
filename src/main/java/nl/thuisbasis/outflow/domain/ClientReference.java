package nl.thuisbasis.outflow.domain;

import java.util.Optional;

/**
 * The provider's pseudonymous client reference. It must never be a citizen service number (BSN): nine digits that pass
 * the eleven test are refused, with or without dots or spaces, as are references that are too short or too long.
 */
public final class ClientReference {

    public static final int MAX_LENGTH = 40;

    private ClientReference() {
    }

    /** The problem in Dutch, or empty when the reference may be used. */
    public static Optional<String> problem(String reference) {
        String r = reference == null ? "" : reference.trim();
        if (r.length() < 3) {
            return Optional.of("Geef een eigen cliëntreferentie van minstens 3 tekens (geen BSN).");
        }
        if (r.length() > MAX_LENGTH) {
            return Optional.of("De cliëntreferentie is hoogstens " + MAX_LENGTH + " tekens.");
        }
        if (!r.matches("[\\p{L}\\p{N} ._/-]+")) {
            return Optional.of("De cliëntreferentie mag letters, cijfers, spaties en . _ / - bevatten.");
        }
        String digits = r.replaceAll("[ .\\-]", "");
        if (digits.matches("\\d{8,9}") && elevenTest(digits.length() == 8 ? "0" + digits : digits)) {
            return Optional.of("Dit lijkt een burgerservicenummer. Gebruik een eigen, pseudonieme referentie.");
        }
        return Optional.empty();
    }

    /** The BSN eleven test: 9a + 8b + ... + 2h - 1i is divisible by 11 (and not all zeros). */
    static boolean elevenTest(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0 && !nineDigits.equals("000000000");
    }
}
