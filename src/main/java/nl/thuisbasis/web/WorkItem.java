package nl.thuisbasis.web;

import java.util.Arrays;
import java.util.List;

/**
 * One line of the start page: its text (a message key of the contributing module with its arguments, e.g. a count),
 * the page with the records it is about, and whether it is past a deadline (shown first, marked).
 */
public record WorkItem(String key, List<Object> args, String href, boolean overdue) {

    public static WorkItem of(String key, String href, boolean overdue, Object... args) {
        return new WorkItem(key, Arrays.asList(args), href, overdue);
    }
}
