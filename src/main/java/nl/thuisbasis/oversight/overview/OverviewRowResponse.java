package nl.thuisbasis.oversight.overview;

import nl.thuisbasis.oversight.location.OversightProfileResponse;
import nl.thuisbasis.oversight.location.SuggestionResponse;
import nl.thuisbasis.platform.Messages;

/** One location in the overview: its oversight, the reports in the window, the overdue ones and a suggestion. */
record OverviewRowResponse(OversightProfileResponse profile, int reportsInWindow, int overdueReports,
        SuggestionResponse suggestion) {

    static OverviewRowResponse from(Overview.Row row, Messages messages) {
        return new OverviewRowResponse(OversightProfileResponse.from(row.profile(), messages), row.reportsInWindow(),
                row.overdueReports(), SuggestionResponse.from(row.suggestion(), messages));
    }
}
