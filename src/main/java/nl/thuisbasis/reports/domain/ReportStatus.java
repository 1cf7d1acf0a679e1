package nl.thuisbasis.reports.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.thuisbasis.platform.Problem;

/**
 * Where a report stands, and which step may follow which: received, acknowledged, being dealt with, closed. Closing
 * needs a reply to the reporter; a closed report may be taken up again. The labels are the message keys
 * {@code report.status.<NAME>}.
 */
public enum ReportStatus {
    RECEIVED, ACKNOWLEDGED, IN_PROGRESS, CLOSED;

    /** The longest note (public reply or internal note) on one step. */
    public static final int MAX_NOTE = 2000;

    /** Whether staff may move a report from this status to {@code to}. */
    public boolean mayBecome(ReportStatus to) {
        return switch (this) {
            case RECEIVED -> to == ACKNOWLEDGED || to == IN_PROGRESS || to == CLOSED;
            case ACKNOWLEDGED -> to == IN_PROGRESS || to == CLOSED;
            case IN_PROGRESS -> to == CLOSED;
            case CLOSED -> to == IN_PROGRESS;
        };
    }

    /** The statuses that may follow this one, in their order. */
    public List<ReportStatus> next() {
        return Arrays.stream(values()).filter(this::mayBecome).toList();
    }

    /** The status with this name; empty for anything else (including null). */
    public static Optional<ReportStatus> parse(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * Every problem of a next step at once: the new status must be one that may follow, closing needs a reply to the
     * reporter, notes are at most {@value #MAX_NOTE} characters. Blank notes count as none.
     */
    public static List<Problem> problems(ReportStatus from, String to, String publicNote, String internalNote) {
        List<Problem> problems = new ArrayList<>();
        Optional<ReportStatus> next = parse(to);
        if (next.isEmpty()) {
            problems.add(Problem.at("status", "report.problem.status.missing"));
        } else if (!from.mayBecome(next.get())) {
            problems.add(Problem.at("status", "report.problem.status.notAllowed", label(from), label(next.get())));
        }
        String reply = Texts.blankToNull(publicNote);
        if (next.orElse(null) == CLOSED && reply == null) {
            problems.add(Problem.at("publicNote", "report.problem.reply.missing"));
        }
        problems.addAll(Texts.problems("publicNote", publicNote, MAX_NOTE));
        problems.addAll(Texts.problems("internalNote", internalNote, MAX_NOTE));
        return problems;
    }

    /** The name of a status in the reader's language (message key {@code report.status.<NAME>}). */
    public static Problem.Label label(ReportStatus status) {
        return Problem.label("report.status." + status.name());
    }
}
