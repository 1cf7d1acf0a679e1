package nl.thuisbasis.reports.handling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.platform.WorkingDays;
import nl.thuisbasis.web.WorkItem;
import nl.thuisbasis.web.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reports on the start page: overdue and new ones in the user's own queue and, for a municipality, overdue reports
 * about its municipality in the queues of others (its locations). Counts only; each links to the queue, filtered.
 */
@Component
class ReportWork implements WorkSource {

    private static final String OVERDUE = """
            ((status = 'RECEIVED' and acknowledged_at is null and acknowledge_by < ?) or (status <> 'CLOSED' and resolve_by < ?))""";

    private final JdbcClient jdbc;

    ReportWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkItem> work(CurrentUser user) {
        List<WorkItem> items = new ArrayList<>();
        if (user.role() == Role.CORPORATION) {
            return items;
        }
        LocalDate today = LocalDate.now(WorkingDays.ZONE);
        String mine = user.role() == Role.REGION_COORDINATOR || user.role() == Role.ADMIN
                ? "(routed_to is null or routed_to = ?)" : "routed_to = ?";
        long overdue = count(mine + " and " + OVERDUE, user.organisationCode(), today, today);
        long fresh = count(mine + " and status = 'RECEIVED' and acknowledged_at is null and not " + OVERDUE,
                user.organisationCode(), today, today);
        if (overdue > 0) {
            items.add(WorkItem.of("report.work.overdue", "/meldingen?teLaat=true", true, overdue));
        }
        if (fresh > 0) {
            items.add(WorkItem.of("report.work.new", "/meldingen", false, fresh));
        }
        if (user.role() == Role.MUNICIPALITY) {
            long elsewhere = count("municipality_code = ? and (routed_to is null or routed_to <> ?) and " + OVERDUE,
                    user.organisation().municipalityCode(), user.organisationCode(), today, today);
            if (elsewhere > 0) {
                items.add(WorkItem.of("report.work.overdueAtLocations", "/meldingen?scope=ALL&teLaat=true", true, elsewhere));
            }
        }
        return items;
    }

    private long count(String where, Object... params) {
        return jdbc.sql("select count(*) from report where " + where).params(params).query(Long.class).single();
    }
}
