package nl.thuisbasis.outflow.settings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.outflow.domain.Eligibility;

/** The region's rules of the scheme as the API answers them: norms, categories, eligibility rules and rent limits. */
public record RulesResponse(Norms norms, List<Category> categories, List<EligibilityRule> eligibilityRules,
        List<Limits> affordabilityLimits) {

    public record Norms(String regionCode, int capPercent, int offerNormMonths, int stalledOfferDays, int tenancyMonths, int version,
            String updatedBy, Instant updatedAt) {

        public static Norms from(OutflowSettings.Norms n) {
            return new Norms(n.regionCode(), n.capPercent(), n.offerNormMonths(), n.stalledOfferDays(), n.tenancyMonths(),
                    n.version(), n.updatedBy(), n.updatedAt());
        }
    }

    record Category(String code, String label, boolean active) {

        static List<Category> from(List<OutflowSettings.Category> categories) {
            return categories.stream().map(c -> new Category(c.code(), c.label(), c.active())).toList();
        }
    }

    record EligibilityRule(UUID id, Eligibility.Kind kind, Integer parameter, String description, boolean active,
            String createdBy, Instant createdAt) {

        static List<EligibilityRule> from(List<OutflowSettings.RuleView> rules) {
            return rules.stream().map(r -> new EligibilityRule(r.id(), r.kind(), r.parameter(), r.description(), r.active(),
                    r.createdBy(), r.createdAt())).toList();
        }
    }

    /** Rent limits of a year in euro cents, with their source. */
    record Limits(int year, int qualityDiscountCents, int lowCapCents, int highCapCents, int liberalisationCents, String source,
            String updatedBy, Instant updatedAt) {

        static List<Limits> from(List<OutflowSettings.Limits> limits) {
            return limits.stream().map(l -> new Limits(l.year(), l.qualityDiscountCents(), l.lowCapCents(), l.highCapCents(),
                    l.liberalisationCents(), l.source(), l.updatedBy(), l.updatedAt())).toList();
        }
    }
}
