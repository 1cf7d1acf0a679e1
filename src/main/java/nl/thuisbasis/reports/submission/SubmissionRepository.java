package nl.thuisbasis.reports.submission;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.reports.domain.Routing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of submitting, following and reopening a report. */
@Repository
class SubmissionRepository {

    private final JdbcClient jdbc;

    SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A report to store, with its route and deadlines. */
    record NewReport(UUID id, String trackingCode, UUID facilityId, String locationText, Double lon, Double lat,
            String category, String description, String email, boolean emailConsent, Instant receivedAt,
            String municipalityCode, Routing.Route route, LocalDate acknowledgeBy, LocalDate resolveBy) {
    }

    /** A stored report as its reporter may see it (no description, no e-mail address). */
    record Row(UUID id, String trackingCode, UUID facilityId, String locationText, String category, String status,
            Instant receivedAt, Instant closedAt, boolean acknowledged, LocalDate acknowledgeBy, LocalDate resolveBy) {
    }

    /** One step of the history: the reply typed by staff, or a text of the system as a key with arguments. */
    record Step(String status, String note, String noteKey, List<String> noteArgs, Instant at) {
    }

    boolean codeTaken(String code) {
        return Boolean.TRUE.equals(jdbc.sql("select exists (select 1 from report where tracking_code = ?)")
                .param(code).query(Boolean.class).single());
    }

    void insert(NewReport r) {
        jdbc.sql("""
                insert into report (id, tracking_code, facility_id, location_text, lon, lat, category, description, email, email_consent,
                    received_at, municipality_code, routed_to, route_target, route_contact, acknowledge_by, resolve_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.trackingCode(), r.facilityId(), r.locationText(), r.lon(), r.lat(), r.category(),
                        r.description(), r.email(), r.emailConsent(), Timestamp.from(r.receivedAt()), r.municipalityCode(),
                        r.route().queue(), r.route().target().name(), r.route().contact(), r.acknowledgeBy(), r.resolveBy())
                .update();
    }

    /** Appends a step by the reporter to the history; {@code noteKey} with {@code noteArgs} is a text of the system. */
    void addStep(UUID reportId, String status, String noteKey, List<String> noteArgs) {
        jdbc.sql("""
                insert into report_status_change (id, report_id, status, public_note_key, public_note_args, changed_by)
                values (?, ?, ?, ?, ?, 'melder')""")
                .params(UUID.randomUUID(), reportId, status, noteKey, noteArgs == null ? null : noteArgs.toArray(String[]::new))
                .update();
    }

    Optional<Row> byCode(String code) {
        return jdbc.sql("select * from report where tracking_code = ?").param(code).query((rs, n) -> new Row(
                rs.getObject("id", UUID.class), rs.getString("tracking_code"), rs.getObject("facility_id", UUID.class),
                rs.getString("location_text"), rs.getString("category"), rs.getString("status"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(),
                rs.getTimestamp("acknowledged_at") != null, rs.getObject("acknowledge_by", LocalDate.class),
                rs.getObject("resolve_by", LocalDate.class))).optional();
    }

    List<Step> steps(UUID reportId) {
        return jdbc.sql("""
                select status, public_note, public_note_key, public_note_args, changed_at from report_status_change
                where report_id = ? and kind = 'STATUS' order by changed_at""")
                .param(reportId).query((rs, n) -> new Step(rs.getString("status"), rs.getString("public_note"),
                        rs.getString("public_note_key"), strings(rs, "public_note_args"), rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    /** Back to "received", with new terms. */
    void reopen(UUID id, LocalDate acknowledgeBy, LocalDate resolveBy) {
        jdbc.sql("""
                update report set status = 'RECEIVED', closed_at = null, acknowledged_at = null, acknowledge_by = ?, resolve_by = ?
                where id = ?""")
                .params(acknowledgeBy, resolveBy, id).update();
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
