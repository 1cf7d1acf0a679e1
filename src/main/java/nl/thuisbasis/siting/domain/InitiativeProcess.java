package nl.thuisbasis.siting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.facility.FacilityCategory;
import nl.thuisbasis.platform.Problem;

/**
 * The rules of the initiative process. The system records and checks; people decide:
 * <ul>
 *   <li>a decision cannot be recorded without a saved scan;</li>
 *   <li>neighbours are informed before the decision is made public: a publication date earlier than the informing
 *       date is refused, and so is a publication without informing;</li>
 *   <li>for protected housing and shelter the council decides;</li>
 *   <li>realisation follows a positive decision, and "in use" follows realisation;</li>
 *   <li>nothing is recorded after the initiative is in use or was turned down.</li>
 * </ul>
 */
public final class InitiativeProcess {

    private InitiativeProcess() {
    }

    /** A step already recorded. */
    public record Recorded(InitiativeStep step, LocalDate date, String scanId, String decisionBody, Boolean approved,
            LocalDate publishedOn) {
    }

    /** A step someone wants to record. */
    public record Proposed(InitiativeStep step, LocalDate date, String scanId, String decisionBody, Boolean approved,
            LocalDate publishedOn) {
    }

    public static final String COUNCIL = "COUNCIL";
    public static final String EXECUTIVE = "EXECUTIVE";

    /**
     * What stands in the way of recording this step, each problem on the field of the step it concerns ({@code step},
     * {@code date}, {@code scanId}, {@code decisionBody}, {@code approved}, {@code publishedOn}); empty when it may be
     * recorded.
     */
    public static List<Problem> check(FacilityCategory category, List<Recorded> history, Proposed step, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (step.step() == null) {
            problems.add(Problem.at("step", "initiative.problem.step"));
            return problems;
        }
        if (step.date() == null) {
            problems.add(Problem.at("date", "initiative.problem.date"));
        } else if (step.date().isAfter(today)) {
            problems.add(Problem.at("date", "initiative.problem.date.future"));
        }
        if (has(history, InitiativeStep.IN_USE)) {
            problems.add(Problem.at("step", "initiative.problem.in-use"));
        }
        if (history.stream().anyMatch(r -> r.step() == InitiativeStep.DECISION && Boolean.FALSE.equals(r.approved()))) {
            problems.add(Problem.at("step", "initiative.problem.rejected"));
        }
        switch (step.step()) {
            case SCAN -> {
                if (step.scanId() == null || step.scanId().isBlank()) {
                    problems.add(Problem.at("scanId", "initiative.problem.scan"));
                }
            }
            case DECISION -> {
                if (history.stream().noneMatch(r -> r.step() == InitiativeStep.SCAN && r.scanId() != null)) {
                    problems.add(Problem.at("step", "initiative.problem.decision.no-scan"));
                }
                if (has(history, InitiativeStep.DECISION)) {
                    problems.add(Problem.at("step", "initiative.problem.decision.twice"));
                }
                if (step.approved() == null) {
                    problems.add(Problem.at("approved", "initiative.problem.decision.outcome"));
                }
                if (!COUNCIL.equals(step.decisionBody()) && !EXECUTIVE.equals(step.decisionBody())) {
                    problems.add(Problem.at("decisionBody", "initiative.problem.decision.body"));
                } else if ((category == FacilityCategory.SHELTER || category == FacilityCategory.PROTECTED_HOUSING)
                        && !COUNCIL.equals(step.decisionBody())) {
                    problems.add(Problem.at("decisionBody", "initiative.problem.decision.council"));
                }
                LocalDate informed = history.stream().filter(r -> r.step() == InitiativeStep.NEIGHBOURS_INFORMED)
                        .map(Recorded::date).min(LocalDate::compareTo).orElse(null);
                if (step.publishedOn() != null) {
                    if (informed == null) {
                        problems.add(Problem.at("publishedOn", "initiative.problem.published.uninformed"));
                    } else if (step.publishedOn().isBefore(informed)) {
                        problems.add(Problem.at("publishedOn", "initiative.problem.published.before-informed",
                                step.publishedOn(), informed));
                    }
                }
                if (step.publishedOn() != null && step.date() != null && step.publishedOn().isBefore(step.date())) {
                    problems.add(Problem.at("publishedOn", "initiative.problem.published.before-decision"));
                }
            }
            case REALISATION -> {
                if (history.stream().noneMatch(r -> r.step() == InitiativeStep.DECISION && Boolean.TRUE.equals(r.approved()))) {
                    problems.add(Problem.at("step", "initiative.problem.realisation"));
                }
            }
            case IN_USE -> {
                if (!has(history, InitiativeStep.REALISATION)) {
                    problems.add(Problem.at("step", "initiative.problem.in-use.early"));
                }
            }
            default -> {
                // informing, meeting, communication plan and management agreements may happen in any order
            }
        }
        return problems;
    }

    /** Where the initiative stands: the furthest step recorded (by process order), or null when none. */
    public static InitiativeStep stage(List<Recorded> history) {
        return history.stream().map(Recorded::step).max(Enum::compareTo).orElse(null);
    }

    private static boolean has(List<Recorded> history, InitiativeStep step) {
        return history.stream().anyMatch(r -> r.step() == step);
    }
}
