package nl.thuisbasis.reports.routing;

import java.util.UUID;

/** Identifies a routing rule; a path that holds no UUID names no rule (404). */
public record RoutingRuleId(UUID value) {

    public static RoutingRuleId of(String text) {
        return new RoutingRuleId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
