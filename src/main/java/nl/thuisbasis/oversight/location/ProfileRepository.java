package nl.thuisbasis.oversight.location;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.oversight.domain.Party;
import nl.thuisbasis.oversight.domain.Regime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of a location's oversight profile as a whole: creating it on first use and reading it with all its parts. */
@Repository
class ProfileRepository {

    private final JdbcClient jdbc;

    ProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A facility without a profile yet gets one (dormant, nothing known). */
    void ensure(Facility facility, String actor) {
        jdbc.sql("insert into oversight_profile (facility_id, updated_by) values (?, ?) on conflict do nothing")
                .params(facility.id().value(), actor).update();
    }

    /** The location's regime now (dormant when it has no profile yet). */
    Regime regime(Facility facility) {
        return jdbc.sql("select regime from oversight_profile where facility_id = ?").param(facility.id().value())
                .query(String.class).optional().map(Regime::valueOf).orElse(Regime.DORMANT);
    }

    OversightProfile read(Facility f, Period covenantCurrentFor, LocalDate today) {
        UUID fid = f.id().value();
        List<OversightProfile.RegimeChange> history = jdbc.sql(
                "select * from regime_change where facility_id = ? order by decided_on desc, recorded_at desc")
                .param(fid)
                .query((rs, row) -> new OversightProfile.RegimeChange(
                        rs.getString("from_regime") == null ? null : Regime.valueOf(rs.getString("from_regime")),
                        Regime.valueOf(rs.getString("to_regime")), rs.getString("reason"), rs.getBoolean("urgent"),
                        rs.getString("decided_by"), rs.getObject("decided_on", LocalDate.class), rs.getString("recorded_by")))
                .list();
        List<OversightProfile.SupervisionChange> supervision = jdbc.sql(
                "select * from extra_supervision_change where facility_id = ? order by decided_on desc, recorded_at desc")
                .param(fid).query((rs, row) -> new OversightProfile.SupervisionChange(rs.getBoolean("switched_on"),
                        rs.getString("reason"), rs.getString("reason_key"), strings(rs.getArray("reason_args")),
                        rs.getObject("decided_on", LocalDate.class), rs.getString("recorded_by")))
                .list();
        Map<String, String> members = new LinkedHashMap<>();
        jdbc.sql("select party, represented_by from committee_member where facility_id = ?").param(fid)
                .query((rs, row) -> Map.entry(Party.valueOf(rs.getString("party")), rs.getString("represented_by"))).list()
                .stream().sorted(Map.Entry.comparingByKey()).forEach(e -> members.put(e.getKey().name(), e.getValue()));
        List<OversightProfile.Measurement> measurements = jdbc.sql(
                "select * from liveability_measurement where facility_id = ? order by measured_on, recorded_at").param(fid)
                .query((rs, row) -> new OversightProfile.Measurement(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getString("method"), rs.getBigDecimal("score"), rs.getObject("measured_on", LocalDate.class),
                        rs.getString("notes"), rs.getString("recorded_by"))).list();
        OversightProfile.Track track = jdbc.sql("select * from improvement_track where facility_id = ? and ended_on is null")
                .param(fid).query((rs, row) -> {
                    UUID tid = rs.getObject("id", UUID.class);
                    List<OversightProfile.Action> actions = jdbc.sql(
                            "select * from improvement_action where track_id = ? order by deadline, created_at").param(tid)
                            .query((a, n) -> {
                                LocalDate deadline = a.getObject("deadline", LocalDate.class);
                                String status = a.getString("status");
                                return new OversightProfile.Action(a.getObject("id", UUID.class), a.getString("description"),
                                        a.getString("owner_organisation"), deadline, status, a.getObject("done_on", LocalDate.class),
                                        a.getInt("version"), (status.equals("OPEN") || status.equals("IN_PROGRESS"))
                                                && deadline.isBefore(today));
                            }).list();
                    return new OversightProfile.Track(tid, rs.getObject("started_on", LocalDate.class), rs.getString("goal"), actions);
                }).optional().orElse(null);
        return jdbc.sql("select * from oversight_profile where facility_id = ?").param(fid)
                .query((rs, row) -> {
                    LocalDate review = rs.getObject("covenant_last_review", LocalDate.class);
                    boolean current = rs.getBoolean("covenant_present") && review != null
                            && !review.plus(covenantCurrentFor).isBefore(today);
                    return new OversightProfile(f.id().toString(), f.name(), f.municipalityCode(), f.providerCode(),
                            rs.getBoolean("committee_present"), members, rs.getString("meeting_cadence"),
                            rs.getObject("last_meeting", LocalDate.class), rs.getObject("next_meeting", LocalDate.class),
                            rs.getString("minutes_url"), rs.getBoolean("covenant_present"),
                            rs.getObject("covenant_signed_on", LocalDate.class), review, rs.getBoolean("covenant_has_register"),
                            rs.getBoolean("covenant_has_report_card"), current, Regime.valueOf(rs.getString("regime")),
                            rs.getBoolean("extra_supervision"), rs.getInt("version"), history, supervision, measurements, track);
                })
                .optional()
                // nobody worked with its oversight yet: dormant, nothing known (a read stores nothing)
                .orElseGet(() -> new OversightProfile(f.id().toString(), f.name(), f.municipalityCode(), f.providerCode(),
                        false, members, null, null, null, null, false, null, null, false, false, false, Regime.DORMANT,
                        false, 0, history, supervision, measurements, track));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
