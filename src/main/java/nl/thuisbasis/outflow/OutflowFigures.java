package nl.thuisbasis.outflow;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of the priority scheme measured from its own records, for other modules (capacity planning names them as the
 * source of a parameter). Aggregates only: a mean or a share and the number of records it was computed from; no id,
 * mark, date or municipality of any one candidate leaves the module. Nothing is written to the processing log: no
 * person is read or shown, the database counts and averages (like the monitor's totals, which are not logged either).
 * A month is a mean calendar month of 365.2425 / 12 = 30.436875 days.
 */
@Service
@Transactional(readOnly = true)
public class OutflowFigures {

    /** Days in a mean calendar month (Gregorian year / 12). */
    public static final double DAYS_PER_MONTH = 365.2425 / 12;

    /** The agreement's first year: an ending within it counts as unsuccessful. */
    static final int FIRST_YEAR_MONTHS = 12;

    /**
     * A measured figure: its value, the number of records it was computed from, and the day it holds for (the end of
     * the window, or the day asked).
     */
    public record Measured(double value, int count, LocalDate asOf) {
    }

    private final JdbcClient jdbc;

    OutflowFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The mean number of months candidates waited from their readiness date to the dwelling they accepted.
     * <p>
     * Counted: every candidate of the priority scheme (any status, withdrawn ones included if they had accepted an
     * offer) whose <b>deciding municipality</b> ({@code candidate.deciding_municipality}, the municipality that granted
     * urgency) is one of {@code municipalityCodes}, who has an offer with status ACCEPTED, and whose first accepted offer
     * was made ({@code offer.offered_on}, the day the corporation offered the dwelling) on a day in [{@code from},
     * {@code to}], both included. The wait of each is {@code offered_on - candidate.ready_on} in days (the readiness
     * date: the day the provider confirmed the candidate ready to live on their own, which the matching pool requires),
     * at least 0 (readiness confirmed with a day after the offer counts as no wait), divided by
     * {@link #DAYS_PER_MONTH}; the value is the mean over those candidates. A candidate without a readiness date is not
     * counted. {@code asOf} of the result is {@code to}.
     *
     * @return empty when no candidate is counted (also for no municipalities, or {@code from} after {@code to})
     */
    public Optional<Measured> monthsToOffer(List<String> municipalityCodes, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (municipalityCodes == null || municipalityCodes.isEmpty() || from.isAfter(to)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select count(*) as n, avg(greatest(f.first_offer - c.ready_on, 0)) as days
                from candidate c
                cross join lateral (select min(o.offered_on) as first_offer from offer o
                    where o.candidate_id = c.id and o.status = 'ACCEPTED') f
                where c.deciding_municipality = any(?) and c.ready_on is not null
                    and f.first_offer between ? and ?""")
                .params(codes(municipalityCodes), Date.valueOf(from), Date.valueOf(to))
                .query((rs, row) -> new Measured(rs.getDouble("days") / DAYS_PER_MONTH, rs.getInt("n"), to))
                .optional().filter(m -> m.count() > 0);
    }

    /**
     * The share (0 to 1) of tenancy-with-care agreements that ended by eviction or relapse within their first 12 months.
     * <p>
     * Counted: every agreement ({@code tenancy}) whose dwelling lies in one of {@code municipalityCodes}
     * ({@code tenancy.municipality_code}, the <b>municipality of the dwelling</b>) and that started
     * ({@code starts_on}) on or before {@code asOf} minus 12 months, so that its whole first year lies before
     * {@code asOf}. Unsuccessful: its outcome history ({@code tenancy_outcome}, what {@link TenancyOutcomeRecorded}
     * announces) has an outcome ENDED with end reason EVICTION or RELAPSE (the monitor's ENDED_EVICTION and
     * ENDED_RELAPSE) decided on or before {@code starts_on} plus 12 months. Every other agreement counts as not
     * unsuccessful: a regular lease, an extension, ENDED for MOVED or OTHER, an ending decided after the first year, or
     * no outcome recorded yet. The value is unsuccessful / counted; {@code count} is the number counted.
     *
     * @return empty when no agreement is counted (also for no municipalities)
     */
    public Optional<Measured> unsuccessfulWithin12Months(List<String> municipalityCodes, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (municipalityCodes == null || municipalityCodes.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select count(*) as n, count(*) filter (where exists (
                    select 1 from tenancy_outcome o where o.tenancy_id = t.id and o.outcome = 'ENDED'
                        and o.end_reason in ('EVICTION', 'RELAPSE')
                        and o.decided_on <= cast(t.starts_on + make_interval(months => ?) as date))) as unsuccessful
                from tenancy t
                where t.municipality_code = any(?) and t.starts_on <= ?""")
                .params(FIRST_YEAR_MONTHS, codes(municipalityCodes), Date.valueOf(asOf.minusMonths(FIRST_YEAR_MONTHS)))
                .query((rs, row) -> new Measured(rs.getInt("n") == 0 ? 0 : (double) rs.getInt("unsuccessful") / rs.getInt("n"),
                        rs.getInt("n"), asOf))
                .optional().filter(m -> m.count() > 0);
    }

    private static String[] codes(List<String> municipalityCodes) {
        return municipalityCodes.stream().filter(Objects::nonNull).toArray(String[]::new);
    }
}
