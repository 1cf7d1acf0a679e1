package nl.thuisbasis.reports;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.GeoLookup;
import nl.thuisbasis.reports.domain.Routing;
import nl.thuisbasis.reports.domain.WorkingDays;
import nl.thuisbasis.facility.FacilityRegister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting and following reports from the neighbourhood. The public never sees a list of reports per location
 * (it would stigmatise residents): a reporter sees only their own report, by its tracking code.
 */
@Service
public class Reports {

    static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int MAX_DESCRIPTION = 4000;
    static final Duration REOPEN_WITHIN = Duration.ofDays(14);
    /** The problem code of a refused report (API and forms). */
    static final String REFUSED = "report-refused";

    private final JdbcClient jdbc;
    private final FacilityRegister register;
    private final ReportProperties properties;
    private final GeoLookup geo;
    private final RoutingRules routingRules;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Reports(JdbcClient jdbc, FacilityRegister register, ReportProperties properties, GeoLookup geo, RoutingRules routingRules,
            java.util.Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.properties = properties;
        this.geo = geo;
        this.routingRules = routingRules;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** What someone reports; the location comes from a report card code, a point, or neither ("unknown"). */
    public record Submission(String cardCode, Double lon, Double lat, String locationText, String category,
            String description, String email, boolean emailConsent) {
    }

    /** What the reporter sees with their code. */
    public record Tracked(String trackingCode, String category, String location, String status, Instant receivedAt,
            List<Update> updates, boolean mayReopen) {
    }

    /** A public step in the report's life: status and the reply that came with it. */
    public record Update(String status, String note, Instant at) {
    }

    /** Refused input, with the reasons in Dutch; nothing was stored. */
    public static class StaffRefused extends RuntimeException {
        private final transient List<String> problems;

        public StaffRefused(List<String> problems) {
            super(String.join(" ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** How a location is named to the public: a publicly listed facility by name, any other only generically. */
    public String publicLabel(Facility facility) {
        return FacilityRegister.publiclyShown(facility) ? facility.name() + ", " + facility.place()
                : "de locatie van deze meldkaart";
    }

    public Optional<Facility> byCard(String code) {
        return register.byReportCardCode(code);
    }

    /** The publicly listed facility near a point, proposed to the reporter (never a facility that is not public). */
    public Optional<Facility> proposal(double lon, double lat) {
        return register.nearestPubliclyShown(lon, lat, properties.nearestMetres());
    }

    public List<String> categories() {
        return properties.categories();
    }

    /** Every problem of a submission at once; nothing is stored (a form shows them next to its fields). */
    public List<Problem> problems(Submission s) {
        List<Problem> problems = new ArrayList<>();
        if (s.category() == null || !properties.categories().contains(s.category())) {
            problems.add(Problem.at("category", "report.problem.category"));
        }
        if (s.description() == null || s.description().isBlank()) {
            problems.add(Problem.at("description", "report.problem.description.missing"));
        } else if (s.description().length() > MAX_DESCRIPTION) {
            problems.add(Problem.at("description", "report.problem.description.long", MAX_DESCRIPTION));
        }
        String email = s.email() == null || s.email().isBlank() ? null : s.email().trim();
        if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.add(Problem.at("email", "report.problem.email.invalid"));
        }
        if (email != null && !s.emailConsent()) {
            problems.add(Problem.at("emailConsent", "report.problem.email.consent"));
        }
        if (s.locationText() != null && s.locationText().length() > 300) {
            problems.add(Problem.at("locationText", "report.problem.place.long", 300));
        }
        if (s.cardCode() != null && !s.cardCode().isBlank() && byCard(s.cardCode()).isEmpty()) {
            problems.add(Problem.at("cardCode", "report.problem.card.unknown"));
        }
        if ((s.lon() == null) != (s.lat() == null) || (s.lon() != null && (s.lon() < 3.2 || s.lon() > 7.3 || s.lat() < 50.7 || s.lat() > 53.6))) {
            problems.add(Problem.at("lon", "report.problem.point.outside"));
        }
        return problems;
    }

    @Transactional
    public String submit(Submission s) {
        Refused.unless(problems(s), REFUSED);
        String email = s.email() == null || s.email().isBlank() ? null : s.email().trim();
        Facility facility = s.cardCode() != null && !s.cardCode().isBlank() ? byCard(s.cardCode()).orElseThrow() : null;
        UUID id = UUID.randomUUID();
        String code = newCode();
        for (int attempt = 0; attempt < 5 && Boolean.TRUE.equals(jdbc.sql("select exists (select 1 from report where tracking_code = ?)")
                .param(code).query(Boolean.class).single()); attempt++) {
            code = newCode();   // 32^8 codes: a clash is rare, but must not end in an error for the reporter
        }
        String municipality = facility != null ? facility.municipalityCode()
                : s.lon() != null ? geo.locate(s.lon(), s.lat()).municipalityCode() : null;
        Routing.Route route = Routing.route(s.category(), new Routing.Place(
                facility == null ? null : facility.id().toString(), facility == null ? null : facility.providerCode(),
                municipality), routingRules.all());
        Instant now = clock.instant();
        LocalDate received = LocalDate.ofInstant(now, ZONE);
        ReportProperties.Deadline deadline = properties.deadline(s.category());
        jdbc.sql("""
                insert into report (id, tracking_code, facility_id, location_text, lon, lat, category, description, email, email_consent,
                    received_at, municipality_code, routed_to, route_target, route_contact, acknowledge_by, resolve_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, code, facility == null ? null : facility.id().value(), blank(s.locationText()), s.lon(), s.lat(),
                        s.category(), s.description().trim(), email, email != null && s.emailConsent(),
                        java.sql.Timestamp.from(now), municipality, route.queue(), route.target().name(), route.contact(),
                        WorkingDays.deadline(received, deadline.acknowledge()), WorkingDays.deadline(received, deadline.resolve()))
                .update();
        jdbc.sql("insert into report_status_change (id, report_id, status, changed_by) values (?, ?, 'RECEIVED', 'melder')")
                .params(UUID.randomUUID(), id).update();
        return code;
    }

    @Transactional(readOnly = true)
    public Optional<Tracked> track(String code) {
        if (code == null || !code.trim().toUpperCase().matches("[" + CODE_ALPHABET + "]{8}")) {
            return Optional.empty();
        }
        String normalised = code.trim().toUpperCase();
        return jdbc.sql("select * from report where tracking_code = ?").param(normalised).query((rs, row) -> {
            UUID id = rs.getObject("id", UUID.class);
            List<Update> updates = jdbc.sql("select status, public_note, changed_at from report_status_change where report_id = ? order by changed_at")
                    .param(id).query((r, n) -> new Update(r.getString("status"), r.getString("public_note"),
                            r.getTimestamp("changed_at").toInstant())).list();
            UUID facilityId = rs.getObject("facility_id", UUID.class);
            String location = facilityId != null
                    ? register.reportable(new FacilityId(facilityId)).map(this::publicLabel).orElse("onbekend")
                    : rs.getString("location_text") != null ? rs.getString("location_text") : "plek niet bekend";
            java.sql.Timestamp closed = rs.getTimestamp("closed_at");
            boolean mayReopen = "CLOSED".equals(rs.getString("status")) && closed != null
                    && closed.toInstant().plus(REOPEN_WITHIN).isAfter(Instant.now());
            return new Tracked(normalised, rs.getString("category"), location, rs.getString("status"),
                    rs.getTimestamp("received_at").toInstant(), updates, mayReopen);
        }).optional();
    }

    /** Asks to reopen a closed report within 14 days of closing; back to "received". */
    @Transactional
    public Tracked reopen(String code, String why) {
        Tracked tracked = track(code).orElseThrow(() -> Refused.invalid(REFUSED, Problem.at("code", "report.problem.code.unknown")));
        if (!tracked.mayReopen()) {
            throw Refused.invalid(REFUSED, Problem.of("report.problem.reopen.closedOnly", REOPEN_WITHIN.toDays()));
        }
        UUID id = jdbc.sql("select id from report where tracking_code = ?").param(tracked.trackingCode()).query(UUID.class).single();
        // a reopened report starts its terms again from today
        String category = jdbc.sql("select category from report where id = ?").param(id).query(String.class).single();
        ReportProperties.Deadline deadline = properties.deadline(category);
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        jdbc.sql("""
                update report set status = 'RECEIVED', closed_at = null, acknowledged_at = null, acknowledge_by = ?, resolve_by = ?
                where id = ?""")
                .params(WorkingDays.deadline(today, deadline.acknowledge()), WorkingDays.deadline(today, deadline.resolve()), id)
                .update();
        jdbc.sql("insert into report_status_change (id, report_id, status, public_note, changed_by) values (?, ?, 'RECEIVED', ?, 'melder')")
                .params(UUID.randomUUID(), id, "Heropend door de melder" + (why == null || why.isBlank() ? "" : ": "
                        + why.trim().substring(0, Math.min(500, why.trim().length())))).update();
        return track(code).orElseThrow();
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
