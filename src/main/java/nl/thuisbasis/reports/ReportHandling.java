package nl.thuisbasis.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff side of reports: a queue per organisation (what was routed to it), deadlines to acknowledge and to
 * resolve in working days with overdue ones highlighted, and handling with an append-only status history. A
 * municipality also sees every report about its territory, region coordinators and admins all of them (including
 * the unassigned queue of reports nobody could place). Opening a report reads reporter data: it is logged.
 */
@Service
public class ReportHandling {

    static final String PURPOSE = RoutingRules.PURPOSE;
    static final Set<Role> STAFF = Set.of(Role.PROVIDER, Role.MUNICIPALITY, Role.REGION_COORDINATOR, Role.ADMIN);

    private final JdbcClient jdbc;
    private final FacilityRegister register;
    private final ProcessingLog log;
    private final Clock clock;

    ReportHandling(JdbcClient jdbc, FacilityRegister register, ProcessingLog log, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.log = log;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Which part of the queue: routed to my organisation, everything in my municipality, or everything I may see. */
    public enum Scope { MINE, ALL }

    /** One report in a queue, without reporter data. */
    public record QueueItem(UUID id, String trackingCode, String category, String location, String facilityId,
            String status, Instant receivedAt, LocalDate acknowledgeBy, LocalDate resolveBy, boolean acknowledgeOverdue,
            boolean resolveOverdue, String routedTo, String routeTarget, String routeContact) {

        public boolean overdue() {
            return acknowledgeOverdue || resolveOverdue;
        }
    }

    /** A report opened by staff: with the description, the reporter's e-mail address (if kept) and the history. */
    public record Detail(QueueItem item, String description, String locationText, Double lon, Double lat, String email,
            List<Change> history) {
    }

    /** One step in the (append-only) status history. */
    public record Change(String status, String publicNote, String internalNote, String changedBy, Instant changedAt) {
    }

    @Transactional(readOnly = true)
    public List<QueueItem> queue(CurrentUser user, Scope scope, boolean openOnly, boolean overdueOnly) {
        return queue(user, scope, openOnly, overdueOnly, null, null);
    }

    /** The queue, optionally only about one facility and only reports received on or after a day. */
    @Transactional(readOnly = true)
    public List<QueueItem> queue(CurrentUser user, Scope scope, boolean openOnly, boolean overdueOnly, UUID facilityId,
            LocalDate since) {
        staff(user);
        StringBuilder where = new StringBuilder(" where ");
        List<Object> params = new ArrayList<>();
        visibility(user, scope, where, params);
        if (openOnly) {
            where.append(" and status <> 'CLOSED'");
        }
        if (facilityId != null) {
            where.append(" and facility_id = ?");
            params.add(facilityId);
        }
        if (since != null) {
            where.append(" and received_at >= ?");
            params.add(java.sql.Timestamp.from(since.atStartOfDay(Reports.ZONE).toInstant()));
        }
        LocalDate today = today();
        if (overdueOnly) {
            where.append(" and ((status = 'RECEIVED' and acknowledged_at is null and acknowledge_by < ?) or (status <> 'CLOSED' and resolve_by < ?))");
            params.add(today);
            params.add(today);
        }
        Map<UUID, String> names = new HashMap<>();
        return jdbc.sql("select * from report" + where + " order by (status = 'CLOSED'), resolve_by nulls last, received_at limit 1000")
                .params(params).query((rs, n) -> item(rs, today, names)).list();
    }

    /** Opens a report; reading the reporter's data is recorded in the processing log. */
    @Transactional
    public Optional<Detail> open(CurrentUser user, UUID id) {
        staff(user);
        Optional<Detail> detail = find(user, id);
        detail.ifPresent(d -> log.record(Processing.of("reports.read", "report", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetails(d.email() == null ? "zonder e-mailadres" : "met e-mailadres van de melder")));
        return detail;
    }

    /**
     * A next step: acknowledge, in progress, or close (closing needs a reply to the reporter); a closed report may be
     * taken up again. The public note is what the reporter sees with their code; the internal note only staff.
     */
    @Transactional
    public Detail changeStatus(CurrentUser user, UUID id, String status, String publicNote, String internalNote) {
        staff(user);
        Detail detail = find(user, id).orElseThrow(() -> new Reports.StaffRefused(List.of("Deze melding bestaat niet of is niet voor u.")));
        String from = detail.item().status();
        List<String> problems = new ArrayList<>();
        if (status == null || status.isBlank()) {
            problems.add("Kies de nieuwe stand.");
        } else if (!allowed(from, status)) {
            problems.add("Van '" + label(from) + "' kan een melding niet naar '" + label(status) + "'.");
        }
        String pub = blank(publicNote);
        String internal = blank(internalNote);
        if ("CLOSED".equals(status) && pub == null) {
            problems.add("Geef bij het afsluiten een antwoord aan de melder.");
        }
        if (pub != null && pub.length() > 2000 || internal != null && internal.length() > 2000) {
            problems.add("Een toelichting is hoogstens 2000 tekens.");
        }
        if (!problems.isEmpty()) {
            throw new Reports.StaffRefused(problems);
        }
        jdbc.sql("insert into report_status_change (id, report_id, status, public_note, internal_note, changed_by) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, status, pub, internal, user.getUsername()).update();
        jdbc.sql("""
                update report set status = ?, closed_at = case when ? = 'CLOSED' then now() else null end,
                    acknowledged_at = coalesce(acknowledged_at, case when ? <> 'RECEIVED' then now() end)
                where id = ?""")
                .params(status, status, status, id).update();
        log.record(Processing.of("reports.handle", "report", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO)
                .withDetails(from + " -> " + status));
        return find(user, id).orElseThrow();
    }

    /** Which status may follow which. */
    static boolean allowed(String from, String to) {
        return switch (from) {
            case "RECEIVED" -> Set.of("ACKNOWLEDGED", "IN_PROGRESS", "CLOSED").contains(to);
            case "ACKNOWLEDGED" -> Set.of("IN_PROGRESS", "CLOSED").contains(to);
            case "IN_PROGRESS" -> "CLOSED".equals(to);
            case "CLOSED" -> "IN_PROGRESS".equals(to);
            default -> false;
        };
    }

    /** The statuses that may follow the current one. */
    public static List<String> next(String from) {
        return List.of("ACKNOWLEDGED", "IN_PROGRESS", "CLOSED").stream().filter(to -> allowed(from, to)).toList();
    }

    private Optional<Detail> find(CurrentUser user, UUID id) {
        StringBuilder where = new StringBuilder(" where id = ? and ");
        List<Object> params = new ArrayList<>();
        params.add(id);
        visibility(user, Scope.ALL, where, params);
        LocalDate today = today();
        return jdbc.sql("select * from report" + where).params(params).query((rs, n) -> {
            QueueItem item = item(rs, today, new HashMap<>());
            List<Change> history = jdbc.sql("select * from report_status_change where report_id = ? order by changed_at, status")
                    .param(id).query((r, m) -> new Change(r.getString("status"), r.getString("public_note"),
                            r.getString("internal_note"), r.getString("changed_by"), r.getTimestamp("changed_at").toInstant()))
                    .list();
            return new Detail(item, rs.getString("description"), rs.getString("location_text"),
                    (Double) rs.getObject("lon"), (Double) rs.getObject("lat"), rs.getString("email"), history);
        }).optional();
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

    private QueueItem item(ResultSet rs, LocalDate today, Map<UUID, String> names) throws SQLException {
        UUID facilityId = rs.getObject("facility_id", UUID.class);
        String location = facilityId != null
                ? names.computeIfAbsent(facilityId, id -> register.reportable(new FacilityId(id)).map(Facility::name).orElse("onbekende voorziening"))
                : rs.getString("location_text") != null ? rs.getString("location_text")
                : rs.getObject("lon") != null ? String.format(java.util.Locale.ROOT, "punt %.5f, %.5f", rs.getDouble("lat"), rs.getDouble("lon"))
                : "plek niet bekend";
        String status = rs.getString("status");
        LocalDate ack = rs.getObject("acknowledge_by", LocalDate.class);
        LocalDate resolve = rs.getObject("resolve_by", LocalDate.class);
        boolean ackOverdue = "RECEIVED".equals(status) && rs.getTimestamp("acknowledged_at") == null && ack != null && today.isAfter(ack);
        boolean resolveOverdue = !"CLOSED".equals(status) && resolve != null && today.isAfter(resolve);
        return new QueueItem(rs.getObject("id", UUID.class), rs.getString("tracking_code"), rs.getString("category"), location,
                facilityId == null ? null : facilityId.toString(), status, rs.getTimestamp("received_at").toInstant(), ack, resolve,
                ackOverdue, resolveOverdue, rs.getString("routed_to"), rs.getString("route_target"), rs.getString("route_contact"));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Reports.ZONE));
    }

    private static void staff(CurrentUser user) {
        if (!STAFF.contains(user.role())) {
            throw new AccessDeniedException("reports are handled by providers, municipalities and the region");
        }
    }

    private static String label(String status) {
        return switch (status) {
            case "RECEIVED" -> "ontvangen";
            case "ACKNOWLEDGED" -> "in behandeling genomen";
            case "IN_PROGRESS" -> "wordt opgepakt";
            case "CLOSED" -> "afgehandeld";
            default -> status;
        };
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
