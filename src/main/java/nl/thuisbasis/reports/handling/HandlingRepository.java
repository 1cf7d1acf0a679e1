package nl.thuisbasis.reports.handling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the staff side: the queue as each organisation may see it, one report with its history, and the next
 * step. A provider sees what was routed to it; a municipality also every report about its territory; region
 * coordinators and admins all (with the unassigned queue in "mine").
 */
@Repository
class HandlingRepository {

    /** Reports past a deadline on {@code ?} (today), used twice: in the filter and in the count. */
    private static final String OVERDUE = """
            ((status = 'RECEIVED' and acknowledged_at is null and acknowledge_by < ?) or (status <> 'CLOSED' and resolve_by < ?))""";

    private final JdbcClient jdbc;

    HandlingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the queue asks for. */
    record QueueQuery(Scope scope, boolean openOnly, boolean overdueOnly, UUID facilityId, LocalDate since) {
    }

    /** A stored report; description and e-mail address only when a report is opened. */
    record Row(UUID id, String trackingCode, String category, UUID facilityId, String locationText, Double lon, Double lat,
            String status, Instant receivedAt, LocalDate acknowledgeBy, LocalDate resolveBy, boolean acknowledged,
            String routedTo, String routeTarget, String routeContact, String description, String email) {
    }

    /** One page of the queue, with how many reports match in all and how many of those are overdue. */
    record Page(List<Row> rows, long total, long overdue) {
    }

    /** A step in the history: a note typed by staff, or a text of the system as a key with arguments. */
    record Step(String status, String publicNote, String publicNoteKey, List<String> publicNoteArgs, String internalNote,
            String changedBy, Instant changedAt, boolean forward, String forwardedFrom, String forwardedTo) {
    }

    Page queue(CurrentUser user, QueueQuery query, LocalDate today, int limit, int offset) {
        StringBuilder where = new StringBuilder(" where ");
        List<Object> params = new ArrayList<>();
        visibility(user, query.scope(), where, params);
        if (query.openOnly()) {
            where.append(" and status <> 'CLOSED'");
        }
        if (query.facilityId() != null) {
            where.append(" and facility_id = ?");
            params.add(query.facilityId());
        }
        if (query.since() != null) {
            where.append(" and received_at >= ?");
            params.add(Timestamp.from(query.since().atStartOfDay(WorkingDays.ZONE).toInstant()));
        }
        if (query.overdueOnly()) {
            where.append(" and ").append(OVERDUE);
            params.add(today);
            params.add(today);
        }
        List<Object> countParams = new ArrayList<>(List.of(today, today));
        countParams.addAll(params);
        long[] counts = jdbc.sql("select count(*) as total, count(*) filter (where " + OVERDUE + ") as overdue from report" + where)
                .params(countParams).query((rs, n) -> new long[] {rs.getLong("total"), rs.getLong("overdue")}).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(today);
        pageParams.add(today);
        pageParams.add(limit);
        pageParams.add(offset);
        // what needs handling first: open before closed, overdue before the rest, then by the deadline
        List<Row> rows = jdbc.sql("select * from report" + where + " order by (status = 'CLOSED'), coalesce(" + OVERDUE
                        + ", false) desc, resolve_by nulls last, received_at, id limit ? offset ?")
                .params(pageParams).query((rs, n) -> row(rs, false)).list();
        return new Page(rows, counts[0], counts[1]);
    }

    /** One report, if this user may see it, with its description and the reporter's e-mail address. */
    Optional<Row> find(CurrentUser user, UUID id) {
        StringBuilder where = new StringBuilder(" where id = ? and ");
        List<Object> params = new ArrayList<>();
        params.add(id);
        visibility(user, Scope.ALL, where, params);
        return jdbc.sql("select * from report" + where).params(params).query((rs, n) -> row(rs, true)).optional();
    }

    List<Step> history(UUID id) {
        return jdbc.sql("select * from report_status_change where report_id = ? order by changed_at, status")
                .param(id).query((r, m) -> new Step(r.getString("status"), r.getString("public_note"),
                        r.getString("public_note_key"), strings(r, "public_note_args"), r.getString("internal_note"),
                        r.getString("changed_by"), r.getTimestamp("changed_at").toInstant(), "FORWARD".equals(r.getString("kind")),
                        r.getString("forwarded_from"), r.getString("forwarded_to")))
                .list();
    }

    /** Appends the step to the history and moves the report on; closing sets the closing time. */
    void changeStatus(UUID id, String status, String publicNote, String internalNote, String changedBy) {
        jdbc.sql("insert into report_status_change (id, report_id, status, public_note, internal_note, changed_by) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, status, publicNote, internalNote, changedBy).update();
        jdbc.sql("""
                update report set status = ?, closed_at = case when ? = 'CLOSED' then now() else null end,
                    acknowledged_at = coalesce(acknowledged_at, case when ? <> 'RECEIVED' then now() end)
                where id = ?""")
                .params(status, status, status, id).update();
    }

    /** Moves the report to another queue ({@code to} null: the region's unassigned one), with the reason in the history. */
    void forward(UUID id, String status, String from, String to, String target, String reason, String changedBy) {
        jdbc.sql("""
                insert into report_status_change (id, report_id, status, internal_note, changed_by, kind, forwarded_from, forwarded_to)
                values (?, ?, ?, ?, ?, 'FORWARD', ?, ?)""")
                .params(UUID.randomUUID(), id, status, reason, changedBy, from, to).update();
        jdbc.sql("update report set routed_to = ?, route_target = ?, route_contact = null where id = ?")
                .params(to, target, id).update();
    }

    private static void visibility(CurrentUser user, Scope scope, StringBuilder where, List<Object> params) {
        switch (user.role()) {
            case REGION_COORDINATOR, ADMIN -> {
                if (scope == Scope.MINE) {
                    where.append("(routed_to is null or routed_to = ?)");
                    params.add(user.organisationCode());
                } else {
                    where.append("true");
                }
            }
            case MUNICIPALITY -> {
                if (scope == Scope.MINE) {
                    where.append("routed_to = ?");
                    params.add(user.organisationCode());
                } else {
                    where.append("(routed_to = ? or municipality_code = ?)");
                    params.add(user.organisationCode());
                    params.add(user.organisation().municipalityCode());
                }
            }
            default -> {
                where.append("routed_to = ?");
                params.add(user.organisationCode());
            }
        }
    }

    private static Row row(ResultSet rs, boolean withReporterData) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("tracking_code"), rs.getString("category"),
                rs.getObject("facility_id", UUID.class), rs.getString("location_text"), (Double) rs.getObject("lon"),
                (Double) rs.getObject("lat"), rs.getString("status"), rs.getTimestamp("received_at").toInstant(),
                rs.getObject("acknowledge_by", LocalDate.class), rs.getObject("resolve_by", LocalDate.class),
                rs.getTimestamp("acknowledged_at") != null, rs.getString("routed_to"), rs.getString("route_target"),
                rs.getString("route_contact"), withReporterData ? rs.getString("description") : null,
                withReporterData ? rs.getString("email") : null);
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? List.of() : java.util.Arrays.asList((String[]) array.getArray());
    }
}
