package nl.thuisbasis.outflow.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.thuisbasis.platform.Inputs;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.WorkingDays;

/**
 * The rules of early signals (vroegsignalering, decision 0018): the response deadline in working days, when a signal is
 * a repeat, how old an open signal is, when it is overdue, and what a signal, a step and an outcome must hold. Plain
 * functions, no state: the use case in {@code outflow.signal} applies them.
 */
public final class EarlySignals {

    /** What a signal is about; its label is {@code out.signal.type.<name>}. */
    public enum Type {
        RENT_ARREARS, NUISANCE, MISSED_APPOINTMENTS, ENERGY_ARREARS, WATER_ARREARS, CARE_AVOIDANCE;

        /** Arrears in months are asked (and required) for rent arrears only. */
        public boolean hasMonths() {
            return this == RENT_ARREARS;
        }

        /** An amount is asked (and required) for rent, energy and water arrears. */
        public boolean hasAmount() {
            return this == RENT_ARREARS || this == ENERGY_ARREARS || this == WATER_ARREARS;
        }
    }

    /** What was done; its label is {@code out.signal.step.<name>}. */
    public enum StepKind {
        CONTACT_MADE, HOME_VISIT, PAYMENT_ARRANGEMENT, DEBT_COUNSELLING_REFERRAL, LAST_CHANCE_AGREEMENT, TIME_OUT_PLACE,
        SECOND_CHANCE_TENANCY
    }

    /** How a signal ends; its label is {@code out.signal.outcome.<name>}. */
    public enum Outcome { RESOLVED, EVICTION_PREVENTED, EVICTED, MOVED }

    /** How long an open signal has been open (by the day it was received); label {@code out.signal.age.<name>}. */
    public enum Age {
        UNDER_A_WEEK, ONE_TO_FOUR_WEEKS, ONE_TO_THREE_MONTHS, OVER_THREE_MONTHS;

        /** The first day received that still falls in this band (inclusive), as of today; null: no lower bound. */
        public LocalDate receivedFrom(LocalDate today) {
            return switch (this) {
                case UNDER_A_WEEK -> today.minusDays(6);
                case ONE_TO_FOUR_WEEKS -> today.minusDays(27);
                case ONE_TO_THREE_MONTHS -> today.minusMonths(3).plusDays(1);
                case OVER_THREE_MONTHS -> null;
            };
        }

        /** The last day received that still falls in this band (inclusive), as of today; null: no upper bound. */
        public LocalDate receivedUntil(LocalDate today) {
            return switch (this) {
                case UNDER_A_WEEK -> null;
                case ONE_TO_FOUR_WEEKS -> today.minusDays(7);
                case ONE_TO_THREE_MONTHS -> today.minusDays(28);
                case OVER_THREE_MONTHS -> today.minusMonths(3);
            };
        }

        public static Age of(LocalDate received, LocalDate today) {
            for (Age age : values()) {
                LocalDate from = age.receivedFrom(today);
                LocalDate until = age.receivedUntil(today);
                if ((from == null || !received.isBefore(from)) && (until == null || !received.isAfter(until))) {
                    return age;
                }
            }
            return UNDER_A_WEEK;
        }
    }

    public static final int NOTE_LENGTH = 2000;
    public static final int STEP_NOTE_LENGTH = 1000;
    public static final int MAX_MONTHS = 60;
    /** One million euros, in cents: more is a typing error. */
    public static final int MAX_CENTS = 100_000_000;

    private EarlySignals() {
    }

    /** The response deadline: {@code days} working days after the day the signal was received. */
    public static LocalDate deadline(LocalDate receivedOn, int days) {
        return WorkingDays.deadline(receivedOn, days);
    }

    /**
     * Whether a signal received on {@code receivedOn} is a repeat: the same household had a signal received in the
     * {@code windowMonths} months before it, the first day of the window included (a signal exactly six months earlier
     * counts), the day itself included (another signal received the same day, recorded before it).
     */
    public static boolean repeat(LocalDate receivedOn, Collection<LocalDate> earlier, int windowMonths) {
        LocalDate from = receivedOn.minusMonths(windowMonths);
        return earlier.stream().anyMatch(d -> !d.isBefore(from) && !d.isAfter(receivedOn));
    }

    /** Overdue: still open, nothing done yet, and the deadline has passed. */
    public static boolean overdue(LocalDate deadline, boolean responded, boolean closed, LocalDate today) {
        return !closed && !responded && today.isAfter(deadline);
    }

    /** A signal as it is recorded: every problem at once, at its field. */
    public record Draft(Type type, Integer arrearsMonths, Integer arrearsCents, LocalDate receivedOn, String note) {
    }

    public static List<Problem> problems(Draft d, LocalDate today, LocalDate tenancyStartsOn) {
        List<Problem> problems = new ArrayList<>();
        if (d.type() == null) {
            problems.add(Problem.at("type", "out.problem.signal.type"));
        }
        if (d.receivedOn() == null || !Inputs.sensible(d.receivedOn()) || d.receivedOn().isAfter(today)) {
            problems.add(Problem.at("receivedOn", "out.problem.signal.receivedOn"));
        } else if (tenancyStartsOn != null && d.receivedOn().isBefore(tenancyStartsOn)) {
            problems.add(Problem.at("receivedOn", "out.problem.signal.beforeTenancy", tenancyStartsOn));
        }
        if (d.type() != null) {
            if (d.type().hasMonths() && d.arrearsMonths() == null) {
                problems.add(Problem.at("arrearsMonths", "out.problem.signal.months"));
            } else if (!d.type().hasMonths() && d.arrearsMonths() != null) {
                problems.add(Problem.at("arrearsMonths", "out.problem.signal.monthsOnly"));
            }
            if (d.type().hasAmount() && d.arrearsCents() == null) {
                problems.add(Problem.at("arrearsAmount", "out.problem.signal.amount"));
            } else if (!d.type().hasAmount() && d.arrearsCents() != null) {
                problems.add(Problem.at("arrearsAmount", "out.problem.signal.amountOnly"));
            }
        }
        if (d.arrearsMonths() != null && (d.arrearsMonths() < 1 || d.arrearsMonths() > MAX_MONTHS)
                && problems.stream().noneMatch(p -> "arrearsMonths".equals(p.field()))) {
            problems.add(Problem.at("arrearsMonths", "out.problem.signal.monthsRange", MAX_MONTHS));
        }
        if (d.arrearsCents() != null && (d.arrearsCents() < 1 || d.arrearsCents() > MAX_CENTS)
                && problems.stream().noneMatch(p -> "arrearsAmount".equals(p.field()))) {
            problems.add(Problem.at("arrearsAmount", "out.problem.signal.amountRange"));
        }
        Inputs.text(problems, "note", d.note(), NOTE_LENGTH);
        return problems;
    }

    /** A step: only on an open signal, dated between the day received and today. */
    public static List<Problem> stepProblems(boolean closed, StepKind kind, LocalDate takenOn, String note, LocalDate receivedOn,
            LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (closed) {
            problems.add(Problem.of("out.problem.signal.closed"));
        }
        if (kind == null) {
            problems.add(Problem.at("kind", "out.problem.signal.step.kind"));
        }
        if (takenOn == null || !Inputs.sensible(takenOn) || takenOn.isAfter(today) || takenOn.isBefore(receivedOn)) {
            problems.add(Problem.at("takenOn", "out.problem.signal.step.date", receivedOn));
        }
        Inputs.text(problems, "note", note, STEP_NOTE_LENGTH);
        return problems;
    }

    /** The outcome closes the signal: once, dated between the day received and today. */
    public static List<Problem> outcomeProblems(boolean closed, Outcome outcome, LocalDate decidedOn, String note,
            LocalDate receivedOn, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (closed) {
            problems.add(Problem.of("out.problem.signal.closed"));
        }
        if (outcome == null) {
            problems.add(Problem.at("outcome", "out.problem.signal.outcome"));
        }
        if (decidedOn == null || !Inputs.sensible(decidedOn) || decidedOn.isAfter(today) || decidedOn.isBefore(receivedOn)) {
            problems.add(Problem.at("decidedOn", "out.problem.signal.outcome.date", receivedOn));
        }
        Inputs.text(problems, "note", note, STEP_NOTE_LENGTH);
        return problems;
    }
}
