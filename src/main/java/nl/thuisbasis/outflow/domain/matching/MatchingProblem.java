package nl.thuisbasis.outflow.domain.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One matching round: the open candidates and vacancies, how many more vacancies each corporation may still give to
 * outflow within its cap, and per kind of placement the neighbourhoods the capacity scan marks red.
 */
public record MatchingProblem(List<Candidate> candidates, List<Vacancy> vacancies, Map<String, Integer> remainingCap,
        Map<String, Set<String>> redNeighbourhoodsByKind) {

    public MatchingProblem {
        candidates = List.copyOf(candidates);
        vacancies = List.copyOf(vacancies);
        remainingCap = Map.copyOf(remainingCap);
        redNeighbourhoodsByKind = Map.copyOf(redNeighbourhoodsByKind);
    }

    /** The first hard rule the pair breaks, or null when the vacancy is open to the candidate. */
    public Rule broken(Candidate c, Vacancy v) {
        for (Rule rule : Rule.values()) {
            if (breaks(rule, c, v)) {
                return rule;
            }
        }
        return null;
    }

    public boolean breaks(Rule rule, Candidate c, Vacancy v) {
        return switch (rule) {
            case BEDROOMS -> v.bedrooms() < c.bedroomsNeeded();
            case ACCESS -> !v.access().containsAll(c.needs());
            case RENT -> v.rent() > c.maxRent();
            case MUNICIPALITY -> !c.municipalities().contains(v.municipality());
            case EXCLUDED_NEIGHBOURHOOD -> c.excludedNeighbourhoods().contains(v.neighbourhood());
            case RED_NEIGHBOURHOOD -> redNeighbourhoodsByKind.getOrDefault(c.placementKind(), Set.of()).contains(v.neighbourhood());
            case CORPORATION_CAP -> remainingCap.getOrDefault(v.corporation(), 0) <= 0;
            case DECLINED -> c.declinedVacancies().contains(v.id());
        };
    }

    /**
     * The fit of a pair, lower is better: twice the place of the vacancy's municipality in the candidate's list
     * (0 for the first choice) plus one when it is not the municipality of origin.
     */
    public static int fit(Candidate c, Vacancy v) {
        int rank = c.municipalities().indexOf(v.municipality());
        return 2 * Math.max(0, rank) + (v.municipality().equals(c.originMunicipality()) ? 0 : 1);
    }
}
