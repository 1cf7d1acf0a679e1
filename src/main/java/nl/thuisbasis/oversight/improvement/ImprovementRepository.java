package nl.thuisbasis.oversight.improvement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.facility.FacilityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of improvement tracks and the actions in their plans. */
@Repository
class ImprovementRepository {

    private final JdbcClient jdbc;

    ImprovementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> openTrack(FacilityId facility) {
        return jdbc.sql("select id from improvement_track where facility_id = ? and ended_on is null").param(facility.value())
                .query(UUID.class).optional();
    }

    UUID insertTrack(FacilityId facility, LocalDate startedOn, String goal, String actor) {
        UUID track = UUID.randomUUID();
        jdbc.sql("insert into improvement_track (id, facility_id, started_on, goal, started_by) values (?, ?, ?, ?, ?)")
                .params(track, facility.value(), startedOn, goal, actor).update();
        return track;
    }

    void endTrack(FacilityId facility, LocalDate endedOn) {
        jdbc.sql("update improvement_track set ended_on = ? where facility_id = ? and ended_on is null")
                .params(endedOn, facility.value()).update();
    }

    void insertAction(UUID track, String description, String owner, LocalDate deadline, String actor) {
        jdbc.sql("""
                insert into improvement_action (id, track_id, description, owner_organisation, deadline, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), track, description, owner, deadline, actor, actor)
                .update();
    }

    /** The owner organisation of an action of this facility's tracks; empty when there is no such action. */
    Optional<String> owner(ActionId action, FacilityId facility) {
        return jdbc.sql("""
                select a.owner_organisation from improvement_action a join improvement_track t on t.id = a.track_id
                where a.id = ? and t.facility_id = ?""").params(action.value(), facility.value()).query(String.class).optional();
    }

    /** Sets the status when the version is still the one read; the number of rows changed (0: someone else was first). */
    int setStatus(ActionId action, int version, String status, String actor) {
        return jdbc.sql("""
                update improvement_action set status = ?, done_on = case when ? = 'DONE' then current_date else null end,
                    version = version + 1, updated_by = ?, updated_at = now() where id = ? and version = ?""")
                .params(status, status, actor, action.value(), version).update();
    }

    /**
     * Open actions of open tracks past their deadline, oldest first (facility name still to be added); a location whose
     * facility was closed in the register no longer has overdue actions.
     */
    List<Improvements.OverdueAction> overdue() {
        return jdbc.sql("""
                select a.*, t.facility_id from improvement_action a join improvement_track t on t.id = a.track_id
                    join oversight_profile p on p.facility_id = t.facility_id
                where t.ended_on is null and a.status in ('OPEN', 'IN_PROGRESS') and a.deadline < current_date
                    and p.facility_closed_on is null
                order by a.deadline""")
                .query((rs, n) -> new Improvements.OverdueAction(rs.getObject("facility_id", UUID.class).toString(), null,
                        rs.getString("description"), rs.getString("owner_organisation"),
                        rs.getObject("deadline", LocalDate.class), rs.getString("status"))).list();
    }
}
