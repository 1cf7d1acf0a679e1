package nl.thuisbasis.outflow.common;

import java.time.LocalDate;
import java.util.List;

/** The year a monitor or contingent page shows, and the years it offers to choose from. */
public final class PageYears {

    private PageYears() {
    }

    /** The year asked for, or this year when none or no sensible one (2000-2100) was asked for. */
    public static int shown(String jaar) {
        int now = LocalDate.now(OutflowClock.ZONE).getYear();
        try {
            int y = jaar == null || jaar.isBlank() ? now : Integer.parseInt(jaar.trim());
            return y < 2000 || y > 2100 ? now : y;
        } catch (NumberFormatException e) {
            return now;
        }
    }

    /** Two years back to one ahead. */
    public static List<Integer> choices() {
        int now = LocalDate.now(OutflowClock.ZONE).getYear();
        return List.of(now - 2, now - 1, now, now + 1);
    }
}
