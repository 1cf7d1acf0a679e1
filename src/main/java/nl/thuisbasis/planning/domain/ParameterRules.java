package nl.thuisbasis.planning.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.thuisbasis.platform.Problem;

/**
 * Checks a whole parameter set and lists every problem at once: numbers in range, the types and municipalities a key
 * needs, transitions out of a type summing to at most 1, a stay's shortest not above its longest, no value twice.
 */
public final class ParameterRules {

    private ParameterRules() {
    }

    public static List<Problem> problems(List<Parameter> parameters, Set<String> municipalities) {
        List<Problem> problems = new ArrayList<>();
        Map<HousingType, Double> transitions = new EnumMap<>(HousingType.class);
        Map<HousingType, Double> minStay = new EnumMap<>(HousingType.class);
        Map<HousingType, Double> maxStay = new EnumMap<>(HousingType.class);
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            String field = "parameters[" + i + "]";
            if (p.key() == null) {
                problems.add(Problem.at(field + ".key", "planning.problem.parameter.key"));
                continue;
            }
            String name = "planning.parameter." + p.key().name();
            if (Double.isNaN(p.value()) || Double.isInfinite(p.value())) {
                problems.add(Problem.at(field + ".value", "planning.problem.parameter.number", Problem.label(name)));
            } else if (p.value() < p.key().min() || p.value() > p.key().max()) {
                problems.add(Problem.at(field + ".value", "planning.problem.parameter.range", Problem.label(name),
                        p.key().min(), p.key().max()));
            }
            if (p.key().perType() && p.type() == null) {
                problems.add(Problem.at(field + ".type", "planning.problem.parameter.type", Problem.label(name)));
            }
            if (p.key().perPair() && (p.toType() == null || p.toType() == p.type())) {
                problems.add(Problem.at(field + ".toType", "planning.problem.parameter.toType", Problem.label(name)));
            }
            if (p.key().perMunicipality() ? !municipalities.contains(p.scope()) : !p.scope().isEmpty()) {
                problems.add(Problem.at(field + ".municipality", "planning.problem.parameter.municipality", Problem.label(name)));
            }
            if ((p.key() == ParameterKey.PLACES_PLANNED) != (p.month() != null)) {
                problems.add(Problem.at(field + ".month", "planning.problem.parameter.month", Problem.label(name)));
            }
            if (p.type() != null && !Double.isNaN(p.value())) {
                switch (p.key()) {
                    case TRANSITION -> transitions.merge(p.type(), p.value(), Double::sum);
                    case STAY_MIN_MONTHS -> minStay.put(p.type(), p.value());
                    case STAY_MAX_MONTHS -> maxStay.put(p.type(), p.value());
                    default -> { }
                }
            }
            for (int j = 0; j < i; j++) {
                if (parameters.get(j).key() != null && parameters.get(j).sameSlot(p) && p.key() != ParameterKey.PLACES_PLANNED) {
                    problems.add(Problem.at(field, "planning.problem.parameter.twice", Problem.label(name)));
                    break;
                }
            }
        }
        transitions.forEach((type, sum) -> {
            if (sum > 1 + 1e-9) {
                problems.add(Problem.at("transitions." + type.name(), "planning.problem.transition.sum",
                        Problem.label("planning.type." + type.name()), Math.round(sum * 1000) / 1000.0));
            }
        });
        minStay.forEach((type, min) -> {
            Double max = maxStay.get(type);
            if (max != null && min > max) {
                problems.add(Problem.at("stay." + type.name(), "planning.problem.stay.order",
                        Problem.label("planning.type." + type.name()), min, max));
            }
        });
        for (HousingType type : HousingType.values()) {
            if (!minStay.containsKey(type) || !maxStay.containsKey(type)) {
                problems.add(Problem.at("stay." + type.name(), "planning.problem.stay.missing",
                        Problem.label("planning.type." + type.name())));
            }
        }
        return problems;
    }
}
