package nl.thuisbasis.outflow;

import java.util.List;

/** Input or a step refused, with the reasons in Dutch; nothing was changed. */
public class OutflowRefused extends RuntimeException {

    private final transient List<String> problems;

    public OutflowRefused(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public OutflowRefused(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }

    /** The record does not exist for this user, or they may not see it: answered as "not found". */
    public static class NotFound extends RuntimeException {
        public NotFound() {
            super("not found or not visible");
        }
    }

    /** Someone else changed the record meanwhile (optimistic locking). */
    public static class Stale extends RuntimeException {
        public Stale() {
            super("changed meanwhile");
        }
    }
}
