package nl.thuisbasis.reports.domain;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The code a reporter follows a report with: eight characters without the ones people mix up (no 0/O, 1/I).
 * 32^8 codes: guessing one is hopeless, a clash is rare.
 */
public final class TrackingCode {

    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 8;

    private TrackingCode() {
    }

    public static String random(RandomGenerator random) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored (upper case, without spaces around it); empty when the text cannot be a code. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.trim().toUpperCase(java.util.Locale.ROOT);
        return code.matches("[" + ALPHABET + "]{" + LENGTH + "}") ? Optional.of(code) : Optional.empty();
    }
}
