package nl.thuisbasis.platform;

import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line behind the checks of every module: a value PostgreSQL refuses (a text longer than its column, a NUL, a
 * malformed id, a number out of range, a reference to no record, a duplicate) is a refused request (422 or 409), not a
 * server error. The transaction is rolled back, so nothing was stored. A module should have refused the value itself
 * with a message at its field: each time this happens a warning names the SQL state (never a value), so the missing
 * check can be added.
 */
final class DatabaseRefusals {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRefusals.class);

    private DatabaseRefusals() {
    }

    /** The refusal a database error stands for, or empty when it is not one the input caused. */
    static Optional<Refused> of(Throwable e, String method, String path) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                Refused refused = state.startsWith("22") || state.equals("23502") || state.equals("23514")
                        ? Refused.invalid("invalid-value", Problem.of("problem.value.database"))
                        : state.equals("23503") ? Refused.invalid("invalid-value", Problem.of("problem.reference.unknown"))
                        : state.equals("23505") ? new Refused(Refused.Kind.CONFLICT, "conflict",
                                java.util.List.of(Problem.of("problem.duplicate")))
                        : null;
                if (refused != null) {
                    log.warn("The database refused a value (SQL state {}) on {} {}: a check is missing", state, method, path);
                }
                return Optional.ofNullable(refused);
            }
        }
        return Optional.empty();
    }
}
