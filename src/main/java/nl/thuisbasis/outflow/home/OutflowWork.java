package nl.thuisbasis.outflow.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.web.WorkItem;
import nl.thuisbasis.web.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Outflow on the start page: candidates waiting for the municipality's urgency decision, offers waiting for an
 * answer, evaluations of tenancy-with-care agreements due or late. Counts only (no client data on the start page);
 * each links to the list that shows the records and records their reading in the processing log.
 */
@Component
class OutflowWork implements WorkSource {

    /** An evaluation due within this many days is on the start page; past its date it is late. */
    static final int EVALUATION_SOON_DAYS = 14;

    private final JdbcClient jdbc;

    OutflowWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkItem> work(CurrentUser user) {
        List<WorkItem> items = new ArrayList<>();
        LocalDate today = LocalDate.now(OutflowClock.ZONE);
        String org = user.organisationCode();
        switch (user.role()) {
            case MUNICIPALITY -> add(items, "out.work.urgency", "/uitstroom/kandidaten?status=REGISTERED", false,
                    count("select count(*) from candidate where deciding_municipality = ? and status = 'REGISTERED'",
                            user.organisation().municipalityCode()));
            case PROVIDER -> {
                add(items, "out.work.offersToAnswer", "/uitstroom/aanbiedingen", false,
                        count("select count(*) from offer where provider_code = ? and status = 'OPEN'", org));
                evaluations(items, "provider_code", org, today);
            }
            case CORPORATION -> {
                add(items, "out.work.offersOpen", "/uitstroom/aanbiedingen", false,
                        count("select count(*) from offer where corporation_code = ? and status = 'OPEN'", org));
                evaluations(items, "corporation_code", org, today);
            }
            default -> {
                // coordinators and administrators see aggregates in the monitor, no records
            }
        }
        return items;
    }

    private void evaluations(List<WorkItem> items, String party, String org, LocalDate today) {
        String due = """
                select count(*) from tenancy_evaluation e join tenancy t on t.id = e.tenancy_id
                where t.%s = ? and e.held_on is null and t.outcome is distinct from 'ENDED' and e.due_on %s ?""";
        add(items, "out.work.evaluationsLate", "/uitstroom/huurzorg", true,
                count(due.formatted(party, "<"), org, today));
        add(items, "out.work.evaluationsSoon", "/uitstroom/huurzorg", false,
                count(due.formatted(party, "between current_date and"), org, today.plusDays(EVALUATION_SOON_DAYS)));
    }

    private static void add(List<WorkItem> items, String key, String href, boolean overdue, long count) {
        if (count > 0) {
            items.add(WorkItem.of(key, href, overdue, count));
        }
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
