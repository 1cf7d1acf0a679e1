package nl.thuisbasis.oversight.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.platform.Problem;

/**
 * The result of an inventory: locations per regime, committees to (re)start, covenants to update (with report
 * register and report card), and every location most urgent first with what has to happen there.
 */
public final class InventoryTally {

    /** Default: a covenant is current when reviewed within 24 months. */
    public static final Period COVENANT_CURRENT_FOR = Period.ofMonths(24);

    private InventoryTally() {
    }

    /** What an inventory found for one location; each to-do is a message key ({@code inventory.todo.*}). */
    public record Finding(InventoryAnswers answers, boolean restartCommittee, boolean updateCovenant, List<Problem> todo) {
    }

    public record Result(Map<Regime, Integer> perRegime, int committeesToRestart, int covenantsToUpdate,
            List<Finding> mostUrgentFirst) {
    }

    public static Result tally(List<InventoryAnswers> locations, LocalDate today, Period covenantCurrentFor) {
        Map<Regime, Integer> perRegime = new EnumMap<>(Regime.class);
        for (Regime regime : Regime.values()) {
            perRegime.put(regime, 0);
        }
        List<Finding> findings = new ArrayList<>();
        for (InventoryAnswers a : locations) {
            perRegime.merge(a.neededRegime(), 1, Integer::sum);
            findings.add(finding(a, today, covenantCurrentFor));
        }
        findings.sort(Comparator.comparing((Finding f) -> f.answers().neededRegime()).reversed()
                .thenComparing(Comparator.comparingInt((Finding f) -> f.todo().size()).reversed())
                .thenComparing(f -> f.answers().locationName()));
        return new Result(perRegime, (int) findings.stream().filter(Finding::restartCommittee).count(),
                (int) findings.stream().filter(Finding::updateCovenant).count(), findings);
    }

    /**
     * The planning of a location's to-dos, counted from the inventory: an improvement track within a month, stricter
     * agreements within two, committee and covenant work within three months where the ladder asks for more than
     * dormant and within six where it does not; a location with nothing to do comes back at the next yearly round.
     */
    public static LocalDate plannedBy(Finding finding, LocalDate start) {
        Regime needed = finding.answers().neededRegime();
        if (needed == Regime.IMPROVEMENT_TRACK) {
            return start.plusMonths(1);
        }
        if (needed == Regime.STRICTER) {
            return start.plusMonths(2);
        }
        if (finding.todo().isEmpty()) {
            return start.plusYears(1);
        }
        return start.plusMonths(needed == Regime.ACTIVE_BASIC ? 3 : 6);
    }

    /**
     * A committee must be (re)started where there is none at all, or where the needed regime asks for periodic
     * meetings (active basic and up) and it does not meet periodically. A covenant must be updated when it is
     * missing, not reviewed within the period, or lacks a kept report register or a report card.
     */
    static Finding finding(InventoryAnswers a, LocalDate today, Period covenantCurrentFor) {
        List<Problem> todo = new ArrayList<>();
        boolean restart = !a.committeePresent()
                || (a.neededRegime() != Regime.DORMANT && !a.committeeMeetsPeriodically());
        if (restart) {
            todo.add(Problem.of(a.committeePresent() ? "inventory.todo.committee.meet" : "inventory.todo.committee.start"));
        }
        boolean current = a.covenantPresent() && a.covenantLastReviewed() != null
                && !a.covenantLastReviewed().plus(covenantCurrentFor).isBefore(today);
        boolean update = !current || !a.reportRegisterKept() || !a.reportCardPresent();
        if (!a.covenantPresent()) {
            todo.add(Problem.of("inventory.todo.covenant.draft"));
        } else if (update) {
            todo.add(Problem.of("inventory.todo.covenant.update"));
        }
        if (a.neededRegime().heavierThan(Regime.ACTIVE_BASIC)) {
            todo.add(Problem.of(a.neededRegime() == Regime.IMPROVEMENT_TRACK ? "inventory.todo.track" : "inventory.todo.stricter"));
        }
        return new Finding(a, restart, update, List.copyOf(todo));
    }
}
