package nl.thuisbasis.reports.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.platform.Choice;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.reports.ReportProperties;
import nl.thuisbasis.reports.domain.Routing;
import nl.thuisbasis.reports.domain.Staff;
import nl.thuisbasis.reports.domain.Texts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing rules (category + location -> provider, municipality or police contact). A municipality keeps the rules
 * for its own territory; region coordinators and admins keep any rule, including region-wide ones.
 */
@Service
public class RoutingRules {

    /** The problem code of a refused rule (API and forms). */
    public static final String REFUSED = "report-refused";
    static final int MAX_CONTACT = 300;

    private final RoutingRuleRepository repository;
    private final FacilityRegister register;
    private final RegionCatalog catalog;
    private final ReportProperties properties;
    private final ProcessingLog log;

    RoutingRules(RoutingRuleRepository repository, FacilityRegister register, RegionCatalog catalog,
            ReportProperties properties, ProcessingLog log) {
        this.repository = repository;
        this.register = register;
        this.catalog = catalog;
        this.properties = properties;
        this.log = log;
    }

    /** A stored rule, with the names of its municipality and facility (if any). */
    public record StoredRule(UUID id, Routing.Rule rule, String municipalityName, String facilityName, String createdBy) {
    }

    /** The municipalities this user may make a rule for, by name (a municipality: only its own). */
    @Transactional(readOnly = true)
    public List<Choice> municipalityChoices(CurrentUser user) {
        String scope = scope(user);
        List<String> codes = scope != null ? List.of(scope)
                : catalog.regions().stream().flatMap(r -> r.municipalityCodes().stream()).distinct().toList();
        java.text.Collator dutch = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl"));
        return catalog.areas(codes).stream().map(a -> new Choice(a.code(), a.name()))
                .sorted(java.util.Comparator.comparing(Choice::label, dutch)).toList();
    }

    /** The facilities (address not secret) this user may make a rule for, by name and place. */
    @Transactional(readOnly = true)
    public List<Choice> facilityChoices(CurrentUser user) {
        List<String> codes = municipalityChoices(user).stream().map(Choice::value).toList();
        return register.withKnownAddressIn(codes).stream()
                .map(f -> new Choice(f.id().toString(), f.name() + ", " + f.place())).toList();
    }

    /** Every rule, for routing a new report. */
    public List<Routing.Rule> all() {
        return repository.all();
    }

    /** The rules this user keeps (a municipality its own; coordinators and admins all). */
    @Transactional(readOnly = true)
    public List<StoredRule> list(CurrentUser user) {
        return repository.list(scope(user)).stream().map(row -> {
            String facilityId = row.rule().facilityId();
            String facilityName = facilityId == null ? null
                    : FacilityId.parse(facilityId).flatMap(register::withKnownAddress).map(Facility::name).orElse(facilityId);
            String municipalityName = row.rule().municipalityCode() == null ? null
                    : catalog.area(row.rule().municipalityCode()).map(a -> a.name()).orElse(row.rule().municipalityCode());
            return new StoredRule(row.id(), row.rule(), municipalityName, facilityName, row.createdBy());
        }).toList();
    }

    /** Every problem of a new rule at once; nothing is stored. */
    public List<Problem> problems(CurrentUser user, RuleDraft draft) {
        return checked(scope(user), draft).problems();
    }

    @Transactional
    public RoutingRuleId add(CurrentUser user, RuleDraft draft) {
        Checked checked = checked(scope(user), draft);
        Refused.unless(checked.problems(), REFUSED);
        UUID id = UUID.randomUUID();
        repository.insert(id, checked.rule(), user.getUsername());
        log.record(Processing.of("reports.routing.add", "report_routing_rule", id.toString(), Staff.PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return new RoutingRuleId(id);
    }

    /** Removes a rule this user keeps; a rule that is not there (or not theirs) is not found. */
    @Transactional
    public void remove(CurrentUser user, RoutingRuleId id) {
        if (!repository.delete(id.value(), scope(user))) {
            throw Refused.notFound(Problem.of("report.problem.rule.unknown"));
        }
        log.record(Processing.of("reports.routing.remove", "report_routing_rule", id.toString(), Staff.PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
    }

    public static boolean keepsRules(CurrentUser user) {
        return Staff.keepsRules(user.role());
    }

    /** Null for "all rules"; a municipality code for a municipality; refused for anyone else. */
    static String scope(CurrentUser user) {
        return switch (user.role()) {
            case REGION_COORDINATOR, ADMIN -> null;
            case MUNICIPALITY -> user.organisation().municipalityCode();
            default -> throw new AccessDeniedException("routing rules are kept by municipalities and the region");
        };
    }

    private record Checked(Routing.Rule rule, List<Problem> problems) {
    }

    private Checked checked(String scope, RuleDraft draft) {
        List<Problem> problems = new ArrayList<>();
        String municipality = scope != null ? scope : Texts.blankToNull(draft.municipality());
        String facility = Texts.blankToNull(draft.facilityId());
        String category = Texts.blankToNull(draft.category());
        if (category != null && !properties.categories().contains(category)) {
            problems.add(Problem.at("category", "report.problem.rule.category"));
        }
        Routing.Target target = target(draft.target());
        if (target == null || target == Routing.Target.REGION) {
            problems.add(Problem.at("target", "report.problem.rule.target"));
        }
        if (facility != null) {
            var found = FacilityId.parse(facility).flatMap(register::withKnownAddress);
            if (found.isEmpty()) {
                problems.add(Problem.at("facilityId", "report.problem.rule.facility.unknown"));
            } else if (municipality != null && !found.get().municipalityCode().equals(municipality)) {
                problems.add(Problem.at("facilityId", "report.problem.rule.facility.elsewhere"));
            } else {
                municipality = found.get().municipalityCode();
            }
        }
        if (municipality != null && !municipality.matches("GM\\d{4}")) {
            problems.add(Problem.at("municipality", "report.problem.municipality.code"));
        } else if (municipality != null && scope == null && catalog.area(municipality).isEmpty()) {
            problems.add(Problem.at("municipality", "report.problem.rule.municipality.unknown", municipality));
        }
        String contact = Texts.blankToNull(draft.contact());
        if (target == Routing.Target.POLICE && contact == null) {
            problems.add(Problem.at("contact", "report.problem.rule.contact.police"));
        }
        problems.addAll(Texts.problems("contact", draft.contact(), MAX_CONTACT));
        Routing.Rule rule = problems.isEmpty() ? new Routing.Rule(category, municipality, facility, target, contact) : null;
        return new Checked(rule, problems);
    }

    private static Routing.Target target(String name) {
        for (Routing.Target t : Routing.Target.values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
