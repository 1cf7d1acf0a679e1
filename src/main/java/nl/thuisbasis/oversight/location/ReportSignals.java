package nl.thuisbasis.oversight.location;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.thuisbasis.oversight.domain.RegimeSuggestion;
import nl.thuisbasis.reports.ReportStatistics;

/**
 * What the reports say about a location: nuisance reports and compliments per month (12 months), the reports
 * since the committee's last meeting (or the last 90 days when there was none), and the suggestion with its reasons.
 */
record ReportSignals(List<ReportStatistics.Month> perMonth, LocalDate since, List<ReportStatistics.Summary> sinceLastMeeting,
        int recent, int overdue, int windowDays, Optional<RegimeSuggestion.Suggestion> suggestion) {

    /** Nuisance reports in the last three months against the three before: the trend. */
    public int trend() {
        int n = perMonth.size();
        if (n < 6) {
            return 0;
        }
        int last = 0;
        int before = 0;
        for (int i = 0; i < 3; i++) {
            last += perMonth.get(n - 1 - i).nuisance();
            before += perMonth.get(n - 4 - i).nuisance();
        }
        return Integer.compare(last, before);
    }

    /** The highest month (nuisance and compliments together), for the bars of the chart. */
    public int maxMonth() {
        return perMonth.stream().mapToInt(m -> m.nuisance() + m.compliments()).max().orElse(0);
    }
}
