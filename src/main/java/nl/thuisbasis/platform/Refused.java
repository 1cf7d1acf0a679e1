package nl.thuisbasis.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A request that was refused, and nothing was changed: the one refusal of every module. It carries a stable
 * {@link #code()} (the API's problem code and the key of its title, {@code problem.<code>}), what kind of refusal it
 * is, and the {@link Problem}s, each with its message key. The API turns it into problem+json; pages show the problems
 * next to their fields and in an error summary ({@link Forms}); a refusal a page does not handle becomes its error page.
 * <p>
 * Plain Java on purpose: domain policies may throw it.
 */
public class Refused extends RuntimeException {

    /** What kind of refusal, and so which HTTP status. */
    public enum Kind {
        /** The input was read but breaks a rule (422). */
        INVALID(422),
        /** The input could not be read at all: malformed, missing parameters (400). */
        BAD_REQUEST(400),
        /** The record does not exist, or this user may not know it exists (404). */
        NOT_FOUND(404),
        /** Someone else changed the record meanwhile (409). */
        CONFLICT(409),
        /** The user may see the record, but not take this step (403). */
        FORBIDDEN(403),
        /** The upload or body is too large (413). */
        TOO_LARGE(413);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String code;
    private final transient List<Problem> problems;

    public Refused(Kind kind, String code, List<Problem> problems) {
        // the message names keys only: never a value, which may be personal data
        super(code + " " + problems.stream().map(Problem::key).collect(Collectors.joining(", ")));
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
        this.problems = List.copyOf(problems);
    }

    /** Input that breaks a rule (422), with every problem found. */
    public static Refused invalid(String code, List<Problem> problems) {
        return new Refused(Kind.INVALID, code, problems);
    }

    public static Refused invalid(String code, Problem... problems) {
        return invalid(code, Arrays.asList(problems));
    }

    /** Throws {@link #invalid} when there are problems; does nothing otherwise. */
    public static void unless(List<Problem> problems, String code) {
        if (!problems.isEmpty()) {
            throw invalid(code, problems);
        }
    }

    /** Not there, or not for this user's eyes (404). */
    public static Refused notFound() {
        return new Refused(Kind.NOT_FOUND, "not-found", List.of(Problem.of("problem.not-found.detail")));
    }

    public static Refused notFound(Problem problem) {
        return new Refused(Kind.NOT_FOUND, "not-found", List.of(problem));
    }

    /** Someone else changed the record since it was read (409): nothing was overwritten. */
    public static Refused stale() {
        return new Refused(Kind.CONFLICT, "conflict", List.of(Problem.of("problem.conflict.detail")));
    }

    /** A request that cannot be read (400). */
    public static Refused badRequest(Problem... problems) {
        return new Refused(Kind.BAD_REQUEST, "bad-request", Arrays.asList(problems));
    }

    /** The user may know the record but may not take this step (403). */
    public static Refused forbidden(Problem... problems) {
        return new Refused(Kind.FORBIDDEN, "forbidden", Arrays.asList(problems));
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<Problem> problems() {
        return problems;
    }

    public int status() {
        return kind.status();
    }
}
