package nl.thuisbasis.oversight.ladder;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.oversight.domain.Regime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the escalation ladder: the regime and extra supervision of a profile and their append-only histories. */
@Repository
class LadderRepository {

    private final JdbcClient jdbc;

    LadderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The regime now, locked until the transaction ends (two moves at once must not both start from it). */
    Regime regimeForUpdate(FacilityId facility) {
        return jdbc.sql("select regime from oversight_profile where facility_id = ? for update")
                .param(facility.value()).query(String.class).optional().map(Regime::valueOf).orElse(Regime.DORMANT);
    }

    boolean extraSupervision(FacilityId facility) {
        return Boolean.TRUE.equals(jdbc.sql("select extra_supervision from oversight_profile where facility_id = ?")
                .param(facility.value()).query(Boolean.class).single());
    }

    void insertRegimeChange(FacilityId facility, Regime from, Regime to, String reason, boolean urgent, String decidedBy,
            LocalDate decidedOn, String actor) {
        jdbc.sql("""
                insert into regime_change (id, facility_id, from_regime, to_regime, reason, urgent, decided_by, decided_on, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), facility.value(), from.name(), to.name(), reason, urgent, decidedBy, decidedOn, actor)
                .update();
    }

    /**
     * A line in the history of extra supervision: {@code reason} as the person typed it; {@code reasonKey} and
     * {@code reasonArgs} (or null) when the system wrote the line, as a message key with its arguments.
     */
    void insertSupervisionChange(FacilityId facility, boolean on, String reason, String reasonKey, List<String> reasonArgs,
            LocalDate decidedOn, String actor) {
        jdbc.sql("""
                insert into extra_supervision_change (id, facility_id, switched_on, reason, reason_key, reason_args, decided_on, recorded_by)
                values (?, ?, ?, ?, ?, ?::text[], ?, ?)""")
                .params(UUID.randomUUID(), facility.value(), on, reason, reasonKey,
                        reasonArgs == null ? null : reasonArgs.toArray(String[]::new), decidedOn, actor)
                .update();
    }

    /** The new regime; extra supervision stays on only on the improvement track. */
    void updateRegime(FacilityId facility, Regime to, String actor) {
        jdbc.sql("""
                update oversight_profile set regime = ?, extra_supervision = extra_supervision and ? = 'IMPROVEMENT_TRACK',
                    version = version + 1, updated_by = ?, updated_at = now() where facility_id = ?""")
                .params(to.name(), to.name(), actor, facility.value()).update();
    }

    void updateExtraSupervision(FacilityId facility, boolean on, String actor) {
        jdbc.sql("update oversight_profile set extra_supervision = ?, version = version + 1, updated_by = ?, updated_at = now() where facility_id = ?")
                .params(on, actor, facility.value()).update();
    }
}
