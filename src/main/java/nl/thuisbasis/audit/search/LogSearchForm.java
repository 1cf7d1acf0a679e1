package nl.thuisbasis.audit.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.audit.ProcessingLogQuery;
import nl.thuisbasis.platform.Problem;

/**
 * The filters of the log page, each optional: who ({@code actor}, part of the name), which action, which kind of
 * record and which record (a client or candidate by their id: the log finds them by pseudonym), the pseudonym of a
 * data subject as such, from and to (inclusive) a date; and the page of the results.
 */
record LogSearchForm(String actor, String action, String objectType, String objectId, String subjectRef,
        LocalDate from, LocalDate to, Integer page, Integer pageSize) {

    private static final java.util.regex.Pattern PSEUDONYM = java.util.regex.Pattern.compile("[0-9a-fA-F]{64}");

    static LogSearchForm empty() {
        return new LogSearchForm(null, null, null, null, null, null, null, null, null);
    }

    /** Filters that cannot go together. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(Problem.at("to", "log.problem.range", from));
        }
        if (subjectRef != null && !subjectRef.isBlank() && !PSEUDONYM.matcher(subjectRef.strip()).matches()) {
            problems.add(Problem.at("subjectRef", "log.problem.subjectRef"));
        }
        return problems;
    }

    /** The criteria; the limit is the page size. */
    ProcessingLogQuery query(int pageSize) {
        return new ProcessingLogQuery(actor, action, objectType, objectId, from, to, pageSize,
                subjectRef == null || subjectRef.isBlank() ? null : subjectRef.strip());
    }
}
