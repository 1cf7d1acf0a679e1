package nl.thuisbasis.reports.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which organisation gets a report: the most specific routing rule that matches wins (a rule for this very location
 * beats one for the municipality, which beats one for everywhere; a rule for this category beats one for any
 * category). Without a matching rule a report about a known facility goes to its provider, any other report to the
 * municipality it lies in, and a report nobody can place to the region's unassigned queue.
 */
public final class Routing {

    private Routing() {
    }

    /** Whom a report is routed to. A police route lands in the municipality's queue, with the police contact. */
    public enum Target {
        PROVIDER, MUNICIPALITY, POLICE, REGION
    }

    /** A rule; null fields match anything. */
    public record Rule(String category, String municipalityCode, String facilityId, Target target, String contact) {
    }

    /** What is known about the report's place. */
    public record Place(String facilityId, String providerCode, String municipalityCode) {
    }

    /** The outcome: the queue (an organisation code, or null for the region's unassigned queue) and why. */
    public record Route(Target target, String queue, String contact, Rule rule) {
    }

    public static Route route(String category, Place place, List<Rule> rules) {
        Optional<Rule> best = rules.stream()
                .filter(r -> r.category() == null || r.category().equals(category))
                .filter(r -> r.municipalityCode() == null || r.municipalityCode().equals(place.municipalityCode()))
                .filter(r -> r.facilityId() == null || r.facilityId().equals(place.facilityId()))
                .max(Comparator.comparingInt(Routing::specificity));
        Target target = best.map(Rule::target).orElse(place.providerCode() != null ? Target.PROVIDER : Target.MUNICIPALITY);
        String queue = switch (target) {
            case PROVIDER -> place.providerCode() != null ? place.providerCode() : place.municipalityCode();
            case MUNICIPALITY, POLICE -> place.municipalityCode();
            case REGION -> null;
        };
        if (queue == null) {
            target = Target.REGION;
        } else if (target == Target.PROVIDER && place.providerCode() == null) {
            target = Target.MUNICIPALITY;
        }
        return new Route(target, queue, best.map(Rule::contact).orElse(null), best.orElse(null));
    }

    static int specificity(Rule r) {
        return (r.facilityId() != null ? 4 : 0) + (r.municipalityCode() != null ? 2 : 0) + (r.category() != null ? 1 : 0);
    }
}
