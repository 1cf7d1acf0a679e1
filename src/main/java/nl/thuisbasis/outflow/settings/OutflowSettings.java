package nl.thuisbasis.outflow.settings;

import java.time.Instant;
import java.util.ArrayList;
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
import nl.thuisbasis.outflow.common.Sentences;
import nl.thuisbasis.outflow.domain.AffordabilityFit;
import nl.thuisbasis.outflow.domain.Eligibility;
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

    static final String PURPOSE = "Regels van de voorrangsregeling uitstroom";

    private final SettingsRepository repository;
    private final RegionCatalog catalog;
    private final OutflowProperties properties;
    private final ProcessingLog log;

    OutflowSettings(SettingsRepository repository, RegionCatalog catalog, OutflowProperties properties, ProcessingLog log) {
        this.repository = repository;
        this.catalog = catalog;
        this.properties = properties;
        this.log = log;
    }

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
                .orElseThrow(() -> Sentences.refused("Regio '" + code + "' bestaat niet."));
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
        List<String> problems = new ArrayList<>();
        range(capPercent, 0, 100, "Het plafond is een percentage van 0 tot en met 100.", problems);
        range(offerNormMonths, 1, 36, "De norm tussen urgentie en aanbod is 1 tot en met 36 maanden.", problems);
        range(stalledOfferDays, 1, 90, "Een aanbod zonder antwoord loopt vast na 1 tot en met 90 dagen.", problems);
        range(tenancyMonths, 1, 60, "Een huurzorgovereenkomst duurt 1 tot en met 60 maanden.", problems);
        Sentences.unless(problems);
        Norms current = norms(regionCode);
        if (current.version() != version) {
            throw Refused.stale();
        }
        repository.saveNorms(regionCode, capPercent, offerNormMonths, stalledOfferDays, tenancyMonths, user.getUsername());
        log.record(Processing.of("outflow.settings", "region", regionCode, PURPOSE, LegalBasis.OPERATION)
                .withDetails("plafond " + capPercent + "%, norm " + offerNormMonths + " mnd, vastgelopen na " + stalledOfferDays
                        + " dagen, overeenkomst " + tenancyMonths + " mnd"));
        return norms(regionCode);
    }

    @Transactional(readOnly = true)
    public List<Category> categories(String regionCode) {
        return repository.categories(regionCode);
    }

    @Transactional
    public void saveCategory(CurrentUser user, String regionCode, String code, String label, boolean active) {
        OutflowAccess.keeper(user);
        region(regionCode);
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        List<String> problems = new ArrayList<>();
        if (!c.matches("[A-Z][A-Z0-9_]{1,39}")) {
            problems.add("De code van een categorie is 2 tot 40 letters, cijfers of _ (bijvoorbeeld SHELTER).");
        }
        if (label == null || label.isBlank() || label.length() > 100) {
            problems.add("Geef de naam van de categorie (hoogstens 100 tekens).");
        }
        Sentences.unless(problems);
        repository.saveCategory(regionCode, c, label.trim(), active);
        log.record(Processing.of("outflow.category", "region", regionCode, PURPOSE, LegalBasis.OPERATION)
                .withDetails(c + (active ? " actief" : " niet actief")));
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
    public UUID addRule(CurrentUser user, String regionCode, String kind, Integer parameter, String description) {
        OutflowAccess.keeper(user);
        region(regionCode);
        Eligibility.Kind k = null;
        try {
            k = Eligibility.Kind.valueOf(kind == null ? "" : kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        Sentences.unless(Eligibility.checkRule(k, parameter, description));
        UUID id = UUID.randomUUID();
        repository.addRule(id, regionCode, k, k == Eligibility.Kind.MIN_REGIONAL_TIES_YEARS ? parameter : null,
                description.trim(), user.getUsername());
        log.record(Processing.of("outflow.rule", "eligibility-rule", id.toString(), PURPOSE, LegalBasis.OPERATION)
                .withDetails("toegevoegd: " + description.trim()));
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
                .withDetails(active ? "weer actief" : "buiten werking"));
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
        List<String> problems = new ArrayList<>();
        range(year, 2000, 2100, "Geef een jaar tussen 2000 en 2100.", problems);
        for (Integer cents : new Integer[] {qualityDiscountCents, lowCapCents, highCapCents, liberalisationCents}) {
            if (cents == null || cents < 10_000 || cents > 300_000) {
                problems.add("Elke grens is een maandhuur tussen 100 en 3.000 euro.");
                break;
            }
        }
        if (problems.isEmpty()) {
            try {
                new AffordabilityFit.Limits(year, qualityDiscountCents, lowCapCents, highCapCents, liberalisationCents);
            } catch (IllegalArgumentException e) {
                problems.add("De grenzen lopen op: kwaliteitskortingsgrens ≤ lage aftoppingsgrens ≤ hoge aftoppingsgrens ≤ liberalisatiegrens.");
            }
        }
        if (source == null || source.isBlank() || source.length() > 300) {
            problems.add("Geef de bron van de bedragen (hoogstens 300 tekens).");
        }
        Sentences.unless(problems);
        repository.saveLimits(year, qualityDiscountCents, lowCapCents, highCapCents, liberalisationCents, source.trim(),
                user.getUsername());
        log.record(Processing.of("outflow.limits", "affordability-limit", year.toString(), PURPOSE, LegalBasis.OPERATION)
                .withDetails(source.trim()));
    }

    private static void range(Integer value, int min, int max, String problem, List<String> problems) {
        if (value == null || value < min || value > max) {
            problems.add(problem);
        }
    }
}
