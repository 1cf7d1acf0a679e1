package nl.thuisbasis.outflow.settings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.OutflowProperties;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.common.OutflowRefusals;
import nl.thuisbasis.outflow.domain.AffordabilityFit;
import nl.thuisbasis.outflow.domain.Eligibility;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's rules of the priority scheme as configuration: norms (cap, months from urgency to offer, days until an
 * offer is stalled, length of the agreement), categories, eligibility rules, and the yearly rent limits of passend
 * toewijzen. Everyone in the scheme reads them; region coordinators and administrators change them.
 */
@Service
public class OutflowSettings {

    static final String PURPOSE = "purpose.outflow.rules";

    private final SettingsRepository repository;
    private final RegionCatalog catalog;
    private final OutflowProperties properties;
    private final ProcessingLog log;
    private final Messages messages;

    OutflowSettings(SettingsRepository repository, RegionCatalog catalog, OutflowProperties properties, ProcessingLog log,
            Messages messages) {
        this.repository = repository;
        this.catalog = catalog;
        this.properties = properties;
        this.log = log;
        this.messages = messages;
    }

    /** The categories every region starts with; named {@code out.category.<code>} until a coordinator names them. */
    static final List<String> DEFAULT_CATEGORIES = List.of("SHELTER", "PROTECTED_HOUSING", "YOUTH_CARE", "OTHER");

    /** The norms of one region. */
    public record Norms(String regionCode, int capPercent, int offerNormMonths, int stalledOfferDays, int tenancyMonths,
            int version, String updatedBy, Instant updatedAt) {
    }

    /** A category of the scheme (shelter, protected housing, youth care, ...). */
    public record Category(String code, String label, boolean active) {
    }

    /** An eligibility rule with its id, as the region configured it. */
    public record RuleView(UUID id, Eligibility.Kind kind, Integer parameter, String description, boolean active,
            String createdBy, Instant createdAt) {

        public Eligibility.Rule rule() {
            return new Eligibility.Rule(id.toString(), kind, parameter, description);
        }
    }

    /** The rent limits of a year, in euro cents, with where they come from. */
    public record Limits(int year, int qualityDiscountCents, int lowCapCents, int highCapCents, int liberalisationCents,
            String source, String updatedBy, Instant updatedAt) {

        public AffordabilityFit.Limits fit() {
            return new AffordabilityFit.Limits(year, qualityDiscountCents, lowCapCents, highCapCents, liberalisationCents);
        }

        public boolean provisional() {
            return source.toUpperCase(Locale.ROOT).startsWith("VOORLOPIG");
        }
    }

    public Region region(String code) {
        return catalog.region(code == null || code.isBlank() ? properties.defaultRegion() : code)
                .orElseThrow(() -> OutflowRefusals.refused(Problem.at("region", "out.problem.settings.region", code)));
    }

    /** The region a municipality belongs to. */
    public Optional<Region> regionOf(String municipalityCode) {
        return catalog.regions().stream().filter(r -> r.municipalityCodes().contains(municipalityCode)).findFirst();
    }

    /** The region a user works in: their municipality's, otherwise the default region. */
    public Region regionFor(CurrentUser user) {
        String gm = user == null ? null : user.organisation().municipalityCode();
        return Optional.ofNullable(gm).flatMap(this::regionOf).orElseGet(() -> region(null));
    }

    @Transactional(readOnly = true)
    public Norms norms(String regionCode) {
        return repository.norms(regionCode)
                .orElseGet(() -> new Norms(regionCode, properties.capPercent(), properties.offerNormMonths(),
                        properties.stalledOfferDays(), properties.tenancyMonths(), 0, null, null));
    }

    @Transactional
    public Norms updateNorms(CurrentUser user, String regionCode, int version, Integer capPercent, Integer offerNormMonths,
            Integer stalledOfferDays, Integer tenancyMonths) {
        OutflowAccess.keeper(user);
        region(regionCode);
        List<Problem> problems = new ArrayList<>();
        range(capPercent, 0, 100, "capPercent", problems);
        range(offerNormMonths, 1, 36, "offerNormMonths", problems);
        range(stalledOfferDays, 1, 90, "stalledOfferDays", problems);
        range(tenancyMonths, 1, 60, "tenancyMonths", problems);
        OutflowRefusals.unless(problems);
        Norms current = norms(regionCode);
        if (current.version() != version) {
            throw Refused.stale();
        }
        repository.saveNorms(regionCode, capPercent, offerNormMonths, stalledOfferDays, tenancyMonths, user.getUsername());
        log.record(Processing.of("outflow.settings", "region", regionCode, PURPOSE, LegalBasis.OPERATION)
                .withDetailsKey("out.log.settings.norms", capPercent, offerNormMonths, stalledOfferDays, tenancyMonths));
        return norms(regionCode);
    }

    /** The region's categories by name, a default one that was never named in the reader's language. */
    @Transactional(readOnly = true)
    public List<Category> categories(String regionCode) {
        return repository.categories(regionCode).stream()
                .map(c -> c.label() != null ? c : new Category(c.code(), messages.text("out.category." + c.code()), c.active()))
                .sorted(Comparator.comparing(Category::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Transactional
    public void saveCategory(CurrentUser user, String regionCode, String code, String label, boolean active) {
        OutflowAccess.keeper(user);
        region(regionCode);
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        List<Problem> problems = new ArrayList<>();
        if (!c.matches("[A-Z][A-Z0-9_]{1,39}")) {
            problems.add(Problem.at("code", "out.problem.settings.category.code"));
        }
        if (label == null || label.isBlank() || label.length() > 100) {
            problems.add(Problem.at("label", "out.problem.settings.category.label"));
        }
        OutflowRefusals.unless(problems);
        repository.saveCategory(regionCode, c, label.trim(), active);
        log.record(Processing.of("outflow.category", "region", regionCode, PURPOSE, LegalBasis.OPERATION)
                .withDetailsKey(active ? "out.log.settings.category.active" : "out.log.settings.category.inactive", c));
    }

    @Transactional(readOnly = true)
    public List<RuleView> rules(String regionCode) {
        return repository.rules(regionCode);
    }

    /** The rules in force: the active ones. */
    public List<Eligibility.Rule> activeRules(String regionCode) {
        return rules(regionCode).stream().filter(RuleView::active).map(RuleView::rule).toList();
    }

    @Transactional
    public UUID addRule(CurrentUser user, String regionCode, Eligibility.Kind k, Integer parameter, String description) {
        OutflowAccess.keeper(user);
        region(regionCode);
        OutflowRefusals.unless(Eligibility.checkRule(k, parameter, description));
        UUID id = UUID.randomUUID();
        repository.addRule(id, regionCode, k, k == Eligibility.Kind.MIN_REGIONAL_TIES_YEARS ? parameter : null,
                description.trim(), user.getUsername());
        log.record(Processing.of("outflow.rule", "eligibility-rule", id.toString(), PURPOSE, LegalBasis.OPERATION)
                .withDetailsKey("out.log.settings.ruleAdded", description.trim()));
        return id;
    }

    /** Switches a rule off (or on again); rules are never removed, exceptions refer to them. */
    @Transactional
    public void setRuleActive(CurrentUser user, String regionCode, UUID id, boolean active) {
        OutflowAccess.keeper(user);
        if (!repository.setRuleActive(regionCode, id, active)) {
            throw Refused.notFound();
        }
        log.record(Processing.of("outflow.rule", "eligibility-rule", id.toString(), PURPOSE, LegalBasis.OPERATION)
                .withDetailsKey(active ? "out.log.settings.ruleOn" : "out.log.settings.ruleOff"));
    }

    @Transactional(readOnly = true)
    public List<Limits> allLimits() {
        return repository.allLimits();
    }

    /** The limits for a year: its own, or else those of the latest earlier year (never a later one). */
    @Transactional(readOnly = true)
    public Optional<Limits> limits(int year) {
        return repository.limits(year);
    }

    @Transactional
    public void saveLimits(CurrentUser user, Integer year, Integer qualityDiscountCents, Integer lowCapCents,
            Integer highCapCents, Integer liberalisationCents, String source) {
        OutflowAccess.keeper(user);
        List<Problem> problems = new ArrayList<>();
        range(year, 2000, 2100, "year", problems);
        Integer[] amounts = {qualityDiscountCents, lowCapCents, highCapCents, liberalisationCents};
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] == null || amounts[i] < 10_000 || amounts[i] > 300_000) {
                problems.add(Problem.at(LIMIT_FIELDS.get(i), "out.problem.settings.limits.amount"));
                break;
            }
        }
        if (problems.isEmpty()) {
            try {
                new AffordabilityFit.Limits(year, qualityDiscountCents, lowCapCents, highCapCents, liberalisationCents);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.of("out.problem.settings.limits.ascending"));
            }
        }
        if (source == null || source.isBlank() || source.length() > 300) {
            problems.add(Problem.at("source", "out.problem.settings.limits.source"));
        }
        OutflowRefusals.unless(problems);
        repository.saveLimits(year, qualityDiscountCents, lowCapCents, highCapCents, liberalisationCents, source.trim(),
                user.getUsername());
        log.record(Processing.of("outflow.limits", "affordability-limit", year.toString(), PURPOSE, LegalBasis.OPERATION)
                .withDetails(source.trim()));
    }

    /** The fields of the four rent limits, in ascending order. */
    static final List<String> LIMIT_FIELDS = List.of("qualityDiscount", "lowCap", "highCap", "liberalisation");

    /** A whole number in a range, or the field's problem ({@code out.problem.settings.<field>}). */
    private static void range(Integer value, int min, int max, String field, List<Problem> problems) {
        if (value == null || value < min || value > max) {
            problems.add(Problem.at(field, "out.problem.settings." + field));
        }
    }
}
