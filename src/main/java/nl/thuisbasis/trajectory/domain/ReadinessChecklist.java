package nl.thuisbasis.trajectory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.thuisbasis.platform.Inputs;
import nl.thuisbasis.platform.Problem;

/**
 * Readiness for living independently: a checklist a region sets (self-care, tenancy skills, income in place, the
 * first rent, a postal address, budget management, registration for the priority scheme), each item confirmed with
 * the day and who confirmed it. When every item is confirmed the client is ready, on the day the last of the other
 * items was confirmed; that date goes to the outflow candidacy. For Housing First the checklist informs the support
 * and never holds up registration: housing comes first.
 */
public final class ReadinessChecklist {

    /** The item confirmed by registering for the priority scheme (from the outflow module, not by hand). */
    public static final String PRIORITY_SCHEME = "PRIORITY_SCHEME";
    public static final int NAME_LENGTH = 200;
    public static final int BY_LENGTH = 200;
    static final String PREFIX = "trajectory.readiness.problem.";

    private ReadinessChecklist() {
    }

    /** An item of a region's checklist. */
    public record Item(String code, String nameNl, String nameEn, boolean active) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
        }
    }

    /** The list a region uses until it sets its own. */
    public static final List<Item> SHIPPED = List.of(
            new Item("SELF_CARE", "Zelfzorg: eten, hygiëne, gezondheid en medicatie", "Self-care: food, hygiene, health and medication", true),
            new Item("TENANCY_SKILLS", "Woonvaardigheden: huishouden, afval, buren, huisregels", "Tenancy skills: household, waste, neighbours, house rules", true),
            new Item("BENEFIT_APPLIED", "Inkomen geregeld: uitkering aangevraagd of werk", "Income in place: benefit applied for or work", true),
            new Item("FIRST_RENT", "Eerste huur en borg geregeld", "First rent and deposit arranged", true),
            new Item("POSTAL_ADDRESS", "Postadres geregeld", "Postal address in place", true),
            new Item("BUDGET_MANAGEMENT", "Budgetbeheer of bewindvoering geregeld, of niet nodig", "Budget management or administration in place, or not needed", true),
            new Item(PRIORITY_SCHEME, "Aangemeld voor de voorrangsregeling", "Registered for the priority scheme", true));

    /** An item as confirmed: the day and who confirmed it (a person, with their role or organisation). */
    public record Confirmation(String item, LocalDate on, String by) {
    }

    /**
     * Where the client stands: how many of the active items are confirmed, whether all are, and the readiness date
     * (the latest day among the items other than the registration, when all are confirmed; null otherwise).
     */
    public record Summary(int total, int confirmed, LocalDate readyOn, boolean housingFirst) {

        public boolean complete() {
            return total > 0 && confirmed == total;
        }
    }

    public static Summary summary(List<Item> items, Map<String, Confirmation> confirmations, boolean housingFirst) {
        List<Item> active = items.stream().filter(Item::active).toList();
        int confirmed = (int) active.stream().filter(i -> confirmations.containsKey(i.code())).count();
        LocalDate readyOn = null;
        if (confirmed == active.size() && !active.isEmpty()) {
            readyOn = active.stream().filter(i -> !PRIORITY_SCHEME.equals(i.code())).map(i -> confirmations.get(i.code()).on())
                    .max(LocalDate::compareTo).orElse(confirmations.get(PRIORITY_SCHEME) == null ? null
                            : confirmations.get(PRIORITY_SCHEME).on());
        }
        return new Summary(active.size(), confirmed, readyOn, housingFirst);
    }

    /**
     * The problems of a checklist as entered ({@code on[CODE]}, {@code by[CODE]}): an item is confirmed with both a day
     * and who, or left open with neither; the day is not in the future nor before the client was born. An item not on
     * the list is a problem at its day.
     */
    public static List<Problem> problems(Map<String, Confirmation> entered, Set<String> items, LocalDate today, LocalDate birthDate) {
        List<Problem> problems = new ArrayList<>();
        for (Confirmation c : entered.values()) {
            if (!items.contains(c.item())) {
                problems.add(Problem.at("on[" + c.item() + "]", PREFIX + "unknown"));
                continue;
            }
            String on = "on[" + c.item() + "]";
            String by = "by[" + c.item() + "]";
            boolean hasBy = Inputs.blank(c.by()) != null;
            if (c.on() == null && hasBy) {
                problems.add(Problem.at(on, PREFIX + "date.required"));
            } else if (c.on() != null && (c.on().isAfter(today) || c.on().isBefore(birthDate) || !Inputs.sensible(c.on()))) {
                problems.add(Problem.at(on, PREFIX + "date.range"));
            }
            if (c.on() != null && !hasBy) {
                problems.add(Problem.at(by, PREFIX + "by.required"));
            } else {
                Inputs.text(problems, by, c.by(), BY_LENGTH);
            }
        }
        return problems;
    }

    /** The problems of a new item of a region's list; {@code names}: the Dutch names already on it (lower case). */
    public static List<Problem> itemProblems(String nameNl, String nameEn, Set<String> names) {
        List<Problem> problems = new ArrayList<>();
        Inputs.required(problems, "nameNl", nameNl, NAME_LENGTH, PREFIX + "name.required");
        Inputs.required(problems, "nameEn", nameEn, NAME_LENGTH, PREFIX + "name.required");
        if (Inputs.blank(nameNl) != null && names.contains(nameNl.strip().toLowerCase(Locale.ROOT))) {
            problems.add(Problem.at("nameNl", PREFIX + "name.taken"));
        }
        return problems;
    }
}
