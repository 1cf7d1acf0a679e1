package nl.thuisbasis.outflow.domain;

import java.util.Optional;
import nl.thuisbasis.platform.Problem;

/**
 * The provider's pseudonymous client reference. It must never be a citizen service number (BSN): nine digits that pass
 * the eleven test are refused, with or without dots or spaces, as are references that are too short or too long.
 */
public final class ClientReference {

    public static final int MAX_LENGTH = 40;

    private ClientReference() {
    }

    /** The field of the reference in forms and API bodies. */
    public static final String FIELD = "reference";

    /** The problem (at {@value #FIELD}), or empty when the reference may be used. */
    public static Optional<Problem> problem(String reference) {
        String r = reference == null ? "" : reference.trim();
        if (r.length() < 3) {
            return Optional.of(Problem.at(FIELD, "out.problem.candidate.reference.short"));
        }
        if (r.length() > MAX_LENGTH) {
            return Optional.of(Problem.at(FIELD, "out.problem.candidate.reference.long", MAX_LENGTH));
        }
        if (!r.matches("[\\p{L}\\p{N} ._/-]+")) {
            return Optional.of(Problem.at(FIELD, "out.problem.candidate.reference.characters"));
        }
        String digits = r.replaceAll("[ .\\-]", "");
        if (digits.matches("\\d{8,9}") && elevenTest(digits.length() == 8 ? "0" + digits : digits)) {
            return Optional.of(Problem.at(FIELD, "out.problem.candidate.reference.bsn"));
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
