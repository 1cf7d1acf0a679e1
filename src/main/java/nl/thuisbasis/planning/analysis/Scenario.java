package nl.thuisbasis.planning.analysis;

import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.platform.Problem;

/**
 * What a run changes on its parameter set: stays x a factor (problems becoming more complex), inflow x a factor, extra
 * people a year from outside the region into shelter, and planned places later by some months. The neutral scenario
 * changes nothing ("base").
 */
public record Scenario(String name, double stayFactor, double inflowFactor, double outsideInflowPerYear, int delayMonths) {

    public static List<Problem> problems(String name, Double stayFactor, Double inflowFactor, Double outsideInflowPerYear,
            Integer delayMonths) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            problems.add(Problem.at("name", "planning.problem.scenario.name", 200));
        }
        range(stayFactor, 0.25, 4, "stayFactor", problems);
        range(inflowFactor, 0, 10, "inflowFactor", problems);
        range(outsideInflowPerYear, 0, 100_000, "outsideInflowPerYear", problems);
        if (delayMonths == null || delayMonths < 0 || delayMonths > 60) {
            problems.add(Problem.at("delayMonths", "planning.problem.range", 0, 60));
        }
        return problems;
    }

    private static void range(Double value, double min, double max, String field, List<Problem> problems) {
        if (value == null || value.isNaN() || value < min || value > max) {
            problems.add(Problem.at(field, "planning.problem.range", min, max));
        }
    }
}
