package nl.thuisbasis.outflow.common;

import java.util.List;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;

/**
 * Temporary: Dutch sentences that Java still builds, carried as the argument of the one message key
 * {@code outflow.problem.text} (= "{0}" in both bundles), so refusals already go through the platform's {@link Refused}
 * with today's texts. Each use is to be replaced by a message key of its own with its arguments; then this class goes.
 */
public final class Sentences {

    /** The API problem code of refused outflow input. */
    public static final String OUTFLOW_REFUSED = "outflow-refused";

    /** The API problem code of a refused contingent. */
    public static final String CONTINGENT_REFUSED = "contingent-refused";

    private Sentences() {
    }

    public static Problem problem(String sentence) {
        return Problem.of("outflow.problem.text", sentence);
    }

    public static List<Problem> problems(List<String> sentences) {
        return sentences.stream().map(Sentences::problem).toList();
    }

    /** Refused outflow input (422, {@code outflow-refused}). */
    public static Refused refused(String sentence) {
        return refused(List.of(sentence));
    }

    public static Refused refused(List<String> sentences) {
        return Refused.invalid(OUTFLOW_REFUSED, problems(sentences));
    }

    /** Throws {@link #refused(List)} when there are problems. */
    public static void unless(List<String> sentences) {
        if (!sentences.isEmpty()) {
            throw refused(sentences);
        }
    }

    /** A contingent that cannot be split or recorded (422, {@code contingent-refused}). */
    public static Refused contingentRefused(List<String> sentences) {
        return Refused.invalid(CONTINGENT_REFUSED, problems(sentences));
    }

    public static Refused contingentRefused(String sentence) {
        return contingentRefused(List.of(sentence));
    }
}
