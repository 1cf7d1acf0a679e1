package nl.thuisbasis.planning.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.thuisbasis.platform.Problem;

/**
 * The rules every planning number meets: a known housing type, a year within the planning horizon (this year and the
 * nine after it; realisation also looks back five years), whole places from 0 to 100,000 and a note of at most 2,000
 * characters. Each problem is at its field.
 */
public final class PlanningRules {

    public static final int HORIZON = 10;
    public static final int LOOK_BACK = 5;
    public static final int MAX_PLACES = 100_000;
    public static final int MAX_NOTE = 2000;

    private PlanningRules() {
    }

    /** The housing type named (any case, - for _), or null when it does not exist. */
    public static HousingType type(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return HousingType.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The problems of a type, a year within [currentYear, currentYear + 9], a number of places and a note. */
    public static List<Problem> problems(String type, Integer year, Integer places, String note, int currentYear) {
        return problems(type, year, places, note, currentYear, currentYear, "places");
    }

    public static List<Problem> problems(String type, Integer year, Integer places, String note, int firstYear,
            int currentYear, String placesField) {
        List<Problem> problems = new ArrayList<>();
        if (type == null || type.isBlank()) {
            problems.add(Problem.at("housingType", "planning.problem.type.missing"));
        } else if (type(type) == null) {
            problems.add(Problem.at("housingType", "planning.problem.type.unknown", type));
        }
        int last = currentYear + HORIZON - 1;
        if (year == null) {
            problems.add(Problem.at("year", "planning.problem.year.missing"));
        } else if (year < firstYear || year > last) {
            problems.add(Problem.at("year", "planning.problem.year.range", Integer.toString(firstYear), Integer.toString(last)));
        }
        problems.addAll(places(placesField, places, 0));
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(Problem.at("note", "planning.problem.note.long", MAX_NOTE));
        }
        return problems;
    }

    /** The problems of a number of places (or dwellings) at a field: missing, negative or above 100,000. */
    public static List<Problem> places(String field, Integer places, int min) {
        if (places == null) {
            return List.of(Problem.at(field, "planning.problem.places.missing"));
        }
        if (places < min) {
            return List.of(Problem.at(field, min == 0 ? "planning.problem.places.negative" : "planning.problem.places.min"));
        }
        if (places > MAX_PLACES) {
            return List.of(Problem.at(field, "planning.problem.places.max"));
        }
        return List.of();
    }
}
