package nl.thuisbasis.outflow;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

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

    /**
     * The record does not exist for this user, or they may not see it: answered as "not found" (the API's advice
     * writes problem+json; a page that does not catch it gets the 404 page).
     */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public static class NotFound extends RuntimeException {
        public NotFound() {
            super("not found or not visible");
        }
    }

    /** Someone else changed the record meanwhile (optimistic locking). */
    @ResponseStatus(HttpStatus.CONFLICT)
    public static class Stale extends RuntimeException {
        public Stale() {
            super("changed meanwhile");
        }
    }
}
