package nl.thuisbasis.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.reports.domain.Routing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing rules (category + location -> provider, municipality or police contact). A municipality keeps the rules
 * for its own territory; region coordinators and admins keep any rule, including region-wide ones.
 */
@Service
public class RoutingRules {

    static final String PURPOSE = "Afhandeling van meldingen uit de buurt";

    private final JdbcClient jdbc;
    private final FacilityRegister register;
    private final ReportProperties properties;
    private final ProcessingLog log;

    RoutingRules(JdbcClient jdbc, FacilityRegister register, ReportProperties properties, ProcessingLog log) {
        this.jdbc = jdbc;
        this.register = register;
        this.properties = properties;
        this.log = log;
    }

    /** A stored rule. */
    public record StoredRule(UUID id, Routing.Rule rule, String facilityName, String createdBy) {
    }

    List<Routing.Rule> all() {
        return jdbc.sql("select * from report_routing_rule").query((rs, n) -> new Routing.Rule(rs.getString("category"),
                rs.getString("municipality_code"), rs.getString("facility_id"), Routing.Target.valueOf(rs.getString("target")),
                rs.getString("contact"))).list();
    }

    /** The rules this user keeps (a municipality its own; coordinators and admins all). */
    @Transactional(readOnly = true)
    public List<StoredRule> list(CurrentUser user) {
        String scope = scope(user);
        return jdbc.sql("select * from report_routing_rule where ?::varchar is null or municipality_code = ? order by municipality_code nulls first, facility_id nulls first, category nulls first")
                .params(scope, scope)
                .query((rs, n) -> {
                    String facilityId = rs.getString("facility_id");
                    String facilityName = facilityId == null ? null
                            : FacilityId.parse(facilityId).flatMap(register::reportable).map(f -> f.name()).orElse(facilityId);
                    return new StoredRule(rs.getObject("id", UUID.class), new Routing.Rule(rs.getString("category"),
                            rs.getString("municipality_code"), facilityId, Routing.Target.valueOf(rs.getString("target")),
                            rs.getString("contact")), facilityName, rs.getString("created_by"));
                }).list();
    }

    @Transactional
    public UUID add(CurrentUser user, String category, String municipalityCode, String facilityId, String target, String contact) {
        String scope = scope(user);
        List<String> problems = new ArrayList<>();
        String municipality = blank(municipalityCode);
        String facility = blank(facilityId);
        if (scope != null) {
            municipality = scope;
        }
        String cat = blank(category);
        if (cat != null && !properties.categories().contains(cat)) {
            problems.add("Deze categorie bestaat niet.");
        }
        Routing.Target t = null;
        try {
            t = Routing.Target.valueOf(target == null ? "" : target);
        } catch (IllegalArgumentException e) {
            problems.add("Kies naar wie de melding gaat: zorgaanbieder, gemeente of politie.");
        }
        if (t == Routing.Target.REGION) {
            problems.add("Kies naar wie de melding gaat: zorgaanbieder, gemeente of politie.");
        }
        if (facility != null) {
            var f = FacilityId.parse(facility).flatMap(register::reportable);
            if (f.isEmpty()) {
                problems.add("Deze voorziening is niet bekend.");
            } else if (municipality != null && !f.get().municipalityCode().equals(municipality)) {
                problems.add("Deze voorziening ligt niet in de gemeente van de regel.");
            } else {
                municipality = f.get().municipalityCode();
            }
        }
        if (municipality != null && !municipality.matches("GM\\d{4}")) {
            problems.add("Geef de gemeente als GM-code, bijvoorbeeld GM0505.");
        }
        String c = blank(contact);
        if (t == Routing.Target.POLICE && c == null) {
            problems.add("Geef het contact bij de politie (bijvoorbeeld de wijkagent en het telefoonnummer).");
        }
        if (c != null && c.length() > 300) {
            problems.add("Het contact is te lang (hoogstens 300 tekens).");
        }
        if (!problems.isEmpty()) {
            throw new Reports.StaffRefused(problems);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into report_routing_rule (id, category, municipality_code, facility_id, target, contact, created_by) values (?, ?, ?, ?::uuid, ?, ?, ?)")
                .params(id, cat, municipality, facility, t.name(), c, user.getUsername()).update();
        log.record(Processing.of("reports.routing.add", "report_routing_rule", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return id;
    }

    @Transactional
    public void remove(CurrentUser user, UUID id) {
        String scope = scope(user);
        int removed = jdbc.sql("delete from report_routing_rule where id = ? and (?::varchar is null or municipality_code = ?)")
                .params(id, scope, scope).update();
        if (removed == 0) {
            throw new Reports.StaffRefused(List.of("Deze regel bestaat niet (meer)."));
        }
        log.record(Processing.of("reports.routing.remove", "report_routing_rule", id.toString(), PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
    }

    /** Null for "all rules"; a municipality code for a municipality; refused for anyone else. */
    static String scope(CurrentUser user) {
        return switch (user.role()) {
            case REGION_COORDINATOR, ADMIN -> null;
            case MUNICIPALITY -> user.organisation().municipalityCode();
            default -> throw new AccessDeniedException("routing rules are kept by municipalities and the region");
        };
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static boolean keepsRules(CurrentUser user) {
        return user.role() == Role.MUNICIPALITY || user.role() == Role.REGION_COORDINATOR || user.role() == Role.ADMIN;
    }
}
