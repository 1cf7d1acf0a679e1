package nl.thuisbasis.outflow.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.thuisbasis.platform.Problem;

/**
 * The region's eligibility rules for the priority scheme, as configuration: a minimum number of years of regional
 * ties, or having had an own dwelling before. The seeds report that such rules shut people out (a refugee family
 * cannot have three years of ties, a young person never had a dwelling), so a rule a candidate does not meet can be
 * set aside by a recorded exception; the candidate is eligible when every rule is met or excepted.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /** The kinds of rule a region can switch on. */
    public enum Kind {
        /** At least {@code parameter} years of ties with the region (regiobinding). */
        MIN_REGIONAL_TIES_YEARS,
        /** Had an own (independent) dwelling before. */
        PRIOR_OWN_DWELLING
    }

    /** One active rule of a region. */
    public record Rule(String id, Kind kind, Integer parameter, String description) {
    }

    /** What the candidate brings: years of regional ties (null when unknown) and whether they had an own dwelling. */
    public record Facts(Integer regionalTiesYears, boolean hadOwnDwelling) {
    }

    /** The rules not met, and of those the ones without an exception. */
    public record Outcome(List<Rule> notMet, List<Rule> blocking) {
        public boolean eligible() {
            return blocking.isEmpty();
        }
    }

    public static boolean meets(Rule rule, Facts facts) {
        return switch (rule.kind()) {
            case MIN_REGIONAL_TIES_YEARS -> facts.regionalTiesYears() != null
                    && facts.regionalTiesYears() >= (rule.parameter() == null ? 0 : rule.parameter());
            case PRIOR_OWN_DWELLING -> facts.hadOwnDwelling();
        };
    }

    public static Outcome check(List<Rule> rules, Facts facts, Set<String> exceptedRuleIds) {
        List<Rule> notMet = new ArrayList<>();
        List<Rule> blocking = new ArrayList<>();
        for (Rule rule : rules) {
            if (!meets(rule, facts)) {
                notMet.add(rule);
                if (!exceptedRuleIds.contains(rule.id())) {
                    blocking.add(rule);
                }
            }
        }
        return new Outcome(List.copyOf(notMet), List.copyOf(blocking));
    }

    /**
     * A new rule, checked: its kind, years of ties between 1 and 25 (no parameter for the other kind), and its
     * description; the problems are at the fields kind, parameter and description.
     */
    public static List<Problem> checkRule(Kind kind, Integer parameter, String description) {
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(Problem.at("kind", "out.problem.settings.rule.kind"));
        } else if (kind == Kind.MIN_REGIONAL_TIES_YEARS && (parameter == null || parameter < 1 || parameter > 25)) {
            problems.add(Problem.at("parameter", "out.problem.settings.rule.years"));
        }
        if (description == null || description.isBlank()) {
            problems.add(Problem.at("description", "out.problem.settings.rule.description"));
        } else if (description.length() > 300) {
            problems.add(Problem.at("description", "out.problem.settings.rule.descriptionLength"));
        }
        return problems;
    }
}
