package nl.thuisbasis.oversight.location;

import java.time.LocalDate;
import java.util.List;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.reports.ReportStatistics;

/** What the reports say about a location, in the API: per month, since the last meeting, and a suggestion. */
record ReportSignalsResponse(List<ReportStatistics.Month> perMonth, LocalDate since,
        List<ReportStatistics.Summary> sinceLastMeeting, int recent, int overdue, int windowDays,
        SuggestionResponse suggestion) {

    static ReportSignalsResponse from(ReportSignals s, Messages messages) {
        return new ReportSignalsResponse(s.perMonth(), s.since(), s.sinceLastMeeting(), s.recent(), s.overdue(),
                s.windowDays(), SuggestionResponse.from(s.suggestion(), messages));
    }
}
