package nl.thuisbasis.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Report figures per location for oversight (counts per month, reports since a date, recent and overdue counts)
 * and per municipality for the public. Never any reporter data and never the description: only category, date and
 * status, so the figures can be shown in a committee without exposing anybody.
 */
@Service
@Transactional(readOnly = true)
public class ReportStatistics {

    /** Compliments are counted separately: they are no sign of nuisance. */
    public static final String COMPLIMENT = "COMPLIMENT";

    private final JdbcClient jdbc;
    private final Messages messages;
    private final Clock clock;

    ReportStatistics(JdbcClient jdbc, Messages messages, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Reports about one location in one month. */
    public record Month(YearMonth month, int nuisance, int compliments) {
    }

    /** A report as a committee may see it. */
    public record Summary(String trackingCode, String category, LocalDate receivedOn, String status, boolean overdue,
            String lastReply) {
    }

    /** The last {@code months} months up to and including this one, oldest first, months without reports included. */
    public List<Month> perMonth(FacilityId facility, int months) {
        YearMonth now = YearMonth.now(clock.withZone(WorkingDays.ZONE));
        YearMonth first = now.minusMonths(months - 1L);
        Map<YearMonth, int[]> counts = new HashMap<>();
        jdbc.sql("""
                select to_char(received_at at time zone 'Europe/Amsterdam', 'YYYY-MM') as month, category = ? as compliment, count(*) as n
                from report where facility_id = ? and received_at >= ? group by 1, 2""")
                .params(COMPLIMENT, facility.value(), java.sql.Timestamp.from(first.atDay(1).atStartOfDay(WorkingDays.ZONE).toInstant()))
                .query((rs, n) -> {
                    int[] c = counts.computeIfAbsent(YearMonth.parse(rs.getString("month")), m -> new int[2]);
                    c[rs.getBoolean("compliment") ? 1 : 0] += rs.getInt("n");
                    return null;
                }).list();
        List<Month> result = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(now); m = m.plusMonths(1)) {
            int[] c = counts.getOrDefault(m, new int[2]);
            result.add(new Month(m, c[0], c[1]));
        }
        return result;
    }

    /**
     * Reports about a location received on or after a date (for example the committee's last meeting), newest first,
     * with the last public reply (a text of the system, such as "reopened by the reporter", in the reader's language).
     */
    public List<Summary> since(FacilityId facility, LocalDate from) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingDays.ZONE));
        return jdbc.sql("""
                select r.*, c.public_note as last_reply, c.public_note_key as last_reply_key, c.public_note_args as last_reply_args
                from report r left join lateral (
                    select public_note, public_note_key, public_note_args from report_status_change c
                    where c.report_id = r.id and (public_note is not null or public_note_key is not null)
                    order by changed_at desc limit 1) c on true
                where facility_id = ? and received_at >= ? order by received_at desc""")
                .params(facility.value(), java.sql.Timestamp.from(from.atStartOfDay(WorkingDays.ZONE).toInstant()))
                .query((rs, n) -> {
                    String status = rs.getString("status");
                    LocalDate resolveBy = rs.getObject("resolve_by", LocalDate.class);
                    LocalDate ackBy = rs.getObject("acknowledge_by", LocalDate.class);
                    boolean overdue = !"CLOSED".equals(status) && (resolveBy != null && today.isAfter(resolveBy)
                            || "RECEIVED".equals(status) && ackBy != null && today.isAfter(ackBy));
                    return new Summary(rs.getString("tracking_code"), rs.getString("category"),
                            LocalDate.ofInstant(rs.getTimestamp("received_at").toInstant(), WorkingDays.ZONE), status, overdue,
                            lastReply(rs));
                }).list();
    }

    /** Nuisance reports (no compliments) about a location within the last {@code days} days. */
    public int recent(FacilityId facility, int days) {
        Instant from = clock.instant().minus(java.time.Duration.ofDays(days));
        return jdbc.sql("select count(*) from report where facility_id = ? and category <> ? and received_at >= ?")
                .params(facility.value(), COMPLIMENT, java.sql.Timestamp.from(from)).query(Integer.class).single();
    }

    /** Open reports about a location that are past a deadline. */
    public int overdue(FacilityId facility) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingDays.ZONE));
        return jdbc.sql("""
                select count(*) from report where facility_id = ? and status <> 'CLOSED'
                  and (resolve_by < ? or (status = 'RECEIVED' and acknowledge_by < ?))""")
                .params(facility.value(), today, today).query(Integer.class).single();
    }

    /** The municipalities with reports in a year (for the public totals page). */
    public List<String> municipalitiesWithReports(int year) {
        return jdbc.sql("""
                select distinct municipality_code from report where municipality_code is not null
                  and extract(year from received_at at time zone 'Europe/Amsterdam') = ? order by 1""")
                .param(year).query(String.class).list();
    }

    /** Public totals: reports per category in a municipality in a year (nothing per location). */
    public Map<String, Integer> municipalityTotals(String municipalityCode, int year) {
        Map<String, Integer> totals = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select category, count(*) as n from report where municipality_code = ?
                  and extract(year from received_at at time zone 'Europe/Amsterdam') = ? group by category order by category""")
                .params(municipalityCode, year).query((rs, n) -> totals.put(rs.getString("category"), rs.getInt("n"))).list();
        return totals;
    }

    /** Public totals: reports per category in these municipalities together in a year (nothing per location). */
    public Map<String, Integer> totals(List<String> municipalityCodes, int year) {
        Map<String, Integer> totals = new java.util.LinkedHashMap<>();
        if (municipalityCodes.isEmpty()) {
            return totals;
        }
        jdbc.sql("""
                select category, count(*) as n from report where municipality_code = any(?)
                  and extract(year from received_at at time zone 'Europe/Amsterdam') = ? group by category order by category""")
                .params(municipalityCodes.toArray(String[]::new), year)
                .query((rs, n) -> totals.put(rs.getString("category"), rs.getInt("n"))).list();
        return totals;
    }

    private String lastReply(java.sql.ResultSet rs) throws java.sql.SQLException {
        String key = rs.getString("last_reply_key");
        if (key == null) {
            return rs.getString("last_reply");
        }
        java.sql.Array args = rs.getArray("last_reply_args");
        return messages.text(key, args == null ? new Object[0] : (Object[]) args.getArray());
    }
}
