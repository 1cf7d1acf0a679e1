package nl.thuisbasis.siting.domain;

import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.platform.Problem;

/**
 * A versioned scoring model of one region: the weighted indicators and two thresholds on the strain score
 * (0 = least strained neighbourhood of the region, 100 = most strained). Below {@code orangeFrom} the verdict is
 * green, from {@code redFrom} it is red, in between orange.
 */
public record ScoringModel(String regionCode, int version, List<IndicatorWeight> indicators, double orangeFrom,
        double redFrom) {

    public ScoringModel {
        indicators = List.copyOf(indicators);
    }

    /** What is wrong with this model; empty when it can be used. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (indicators.stream().noneMatch(i -> i.weight() > 0)) {
            problems.add(Problem.of("siting.problem.model.weight"));
        }
        if (indicators.stream().map(IndicatorWeight::key).distinct().count() != indicators.size()) {
            problems.add(Problem.of("siting.problem.model.unique"));
        }
        if (orangeFrom < 0 || redFrom > 100 || orangeFrom >= redFrom) {
            problems.add(Problem.at("orangeFrom", "siting.problem.model.thresholds"));
        }
        return problems;
    }

    public Verdict verdictFor(double strain) {
        if (strain >= redFrom) {
            return Verdict.RED;
        }
        return strain >= orangeFrom ? Verdict.ORANGE : Verdict.GREEN;
    }
}
