package nl.thuisbasis.trajectory;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.facility.FacilityType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of client trajectories measured from their own records, for other modules (capacity planning names them as
 * the source of a parameter). Aggregates only: per facility type a mean and the number of stays it was computed from.
 * <p>
 * No entry in the processing log: no client is read or shown. The database averages the dates of phase changes per
 * facility type; no name, number, id or date of any one client leaves the query, and nobody looks at a client's file
 * (what the log records, decision 0017, is who read or changed which person's data). Small numbers would still point at
 * people (the one stay of a small facility type in a municipality), so a type measured over fewer than
 * {@link #MIN_RECORDS} stays is left out of the answer.
 */
@Service
@Transactional(readOnly = true)
public class TrajectoryFigures {

    /** Fewer stays than this and a type is not returned: a smaller number could identify the people behind it. */
    public static final int MIN_RECORDS = 5;

    /** Days in a mean calendar month (Gregorian year / 12). */
    public static final double DAYS_PER_MONTH = 365.2425 / 12;

    /** A measured figure: its value and the number of records it was computed from (at least {@link #MIN_RECORDS}). */
    public record Measured(double value, int count) {
    }

    private final JdbcClient jdbc;
    private final FacilityRegister register;

    TrajectoryFigures(JdbcClient jdbc, FacilityRegister register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    /**
     * The mean stay in months in a facility, per facility type of the register, over the stays that ended in
     * [{@code from}, {@code to}] (both included).
     * <p>
     * What counts: a trajectory names one facility ({@code trajectory_client.facility_id}, the facility named at
     * registration; the schema keeps no moves between facilities). Only trajectories whose facility is in the register
     * and lies in one of {@code municipalityCodes} (the facility's municipality, any status, secret addresses included)
     * count, under that facility's type. Its phase history ({@code trajectory_phase}, in order of day and of recording)
     * is split into runs: phases INTAKE, IN_FACILITY and PREPARING_OUTFLOW are in the facility (as the caseload's days
     * in the facility count them), HOUSED_WITH_AFTERCARE and CLOSED are out of it. A stay is a run in the facility
     * followed by a phase out of it: it starts on the day of the run's first IN_FACILITY phase, or when the run has none
     * on the day of its first phase (the intake), and it ends on the day of the first phase out (moved on with aftercare,
     * or closed). A stay counts when that end lies in the window; a stay still running does not count, and a trajectory
     * that returns to the facility later has a second stay. The value is the mean of (end - start) in days divided by
     * {@link #DAYS_PER_MONTH}. Trajectories closed longer ago than the retention period are removed (decision 0019) and
     * no longer count.
     *
     * @return per type with at least {@link #MIN_RECORDS} stays its mean and count; a type with fewer is absent, as is
     *         a type without stays (empty for no municipalities, or {@code from} after {@code to})
     */
    public Map<FacilityType, Measured> meanStayMonths(List<String> municipalityCodes, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Map<FacilityType, Measured> result = new EnumMap<>(FacilityType.class);
        if (municipalityCodes == null || municipalityCodes.isEmpty() || from.isAfter(to)) {
            return result;
        }
        Map<UUID, FacilityType> types = new HashMap<>();
        for (Facility f : register.allIn(municipalityCodes)) {
            types.put(f.id().value(), f.type());
        }
        if (types.isEmpty()) {
            return result;
        }
        record Stays(UUID facility, int stays, long days) {
        }
        List<Stays> perFacility = jdbc.sql("""
                with steps as (
                    select p.client_id, c.facility_id, p.phase, p.since, p.changed_at,
                        p.phase in ('INTAKE', 'IN_FACILITY', 'PREPARING_OUTFLOW') as inside
                    from trajectory_phase p join trajectory_client c on c.id = p.client_id
                    where c.facility_id = any(?)),
                turns as (
                    select s.*, case when s.inside is distinct from lag(s.inside) over w then 1 else 0 end as turn
                    from steps s window w as (partition by s.client_id order by s.since, s.changed_at)),
                runs as (
                    select t.*, sum(t.turn) over (partition by t.client_id order by t.since, t.changed_at) as run from turns t),
                stays as (
                    select r.client_id, r.facility_id, r.run,
                        coalesce(min(r.since) filter (where r.phase = 'IN_FACILITY'), min(r.since)) as entered
                    from runs r where r.inside group by r.client_id, r.facility_id, r.run),
                exits as (
                    select r.client_id, r.run, min(r.since) as left_on from runs r where not r.inside group by r.client_id, r.run)
                select s.facility_id, count(*) as stays, sum(e.left_on - s.entered) as days
                from stays s join exits e on e.client_id = s.client_id and e.run = s.run + 1
                where e.left_on between ? and ?
                group by s.facility_id""")
                .params(types.keySet().toArray(UUID[]::new), Date.valueOf(from), Date.valueOf(to))
                .query((rs, row) -> new Stays(rs.getObject("facility_id", UUID.class), rs.getInt("stays"), rs.getLong("days")))
                .list();
        Map<FacilityType, long[]> sums = new EnumMap<>(FacilityType.class);
        for (Stays s : perFacility) {
            long[] sum = sums.computeIfAbsent(types.get(s.facility()), t -> new long[2]);
            sum[0] += s.stays();
            sum[1] += s.days();
        }
        sums.forEach((type, sum) -> {
            if (sum[0] >= MIN_RECORDS) {
                result.put(type, new Measured(sum[1] / (double) sum[0] / DAYS_PER_MONTH, (int) sum[0]));
            }
        });
        return result;
    }
}
