package nl.thuisbasis.siting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.facility.FacilityCategory;

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

    /** What stands in the way of recording this step, in Dutch; empty when it may be recorded. */
    public static List<String> check(FacilityCategory category, List<Recorded> history, Proposed step, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (step.step() == null) {
            problems.add("Kies de stap.");
            return problems;
        }
        if (step.date() == null) {
            problems.add("Geef de datum van de stap.");
        } else if (step.date().isAfter(today)) {
            problems.add("De datum van een stap kan niet in de toekomst liggen.");
        }
        if (has(history, InitiativeStep.IN_USE)) {
            problems.add("Het initiatief is al in gebruik; er kunnen geen stappen meer bij.");
        }
        if (history.stream().anyMatch(r -> r.step() == InitiativeStep.DECISION && Boolean.FALSE.equals(r.approved()))) {
            problems.add("Het besluit was negatief; er kunnen geen stappen meer bij.");
        }
        switch (step.step()) {
            case SCAN -> {
                if (step.scanId() == null || step.scanId().isBlank()) {
                    problems.add("Koppel een bewaarde scan.");
                }
            }
            case DECISION -> {
                if (history.stream().noneMatch(r -> r.step() == InitiativeStep.SCAN && r.scanId() != null)) {
                    problems.add("Een besluit kan pas worden vastgelegd als er een bewaarde scan is.");
                }
                if (has(history, InitiativeStep.DECISION)) {
                    problems.add("Er is al een besluit vastgelegd.");
                }
                if (step.approved() == null) {
                    problems.add("Geef de uitkomst van het besluit.");
                }
                if (!COUNCIL.equals(step.decisionBody()) && !EXECUTIVE.equals(step.decisionBody())) {
                    problems.add("Geef wie besloot: college of gemeenteraad.");
                } else if ((category == FacilityCategory.SHELTER || category == FacilityCategory.PROTECTED_HOUSING)
                        && !COUNCIL.equals(step.decisionBody())) {
                    problems.add("Over beschermd wonen en opvang besluit de gemeenteraad.");
                }
                LocalDate informed = history.stream().filter(r -> r.step() == InitiativeStep.NEIGHBOURS_INFORMED)
                        .map(Recorded::date).min(LocalDate::compareTo).orElse(null);
                if (step.publishedOn() != null) {
                    if (informed == null) {
                        problems.add("Informeer eerst de omwonenden; pas daarna mag het besluit openbaar worden.");
                    } else if (step.publishedOn().isBefore(informed)) {
                        problems.add("De publicatiedatum (" + step.publishedOn() + ") ligt vóór de datum waarop de "
                                + "omwonenden zijn geïnformeerd (" + informed + "). Omwonenden horen het eerst.");
                    }
                }
                if (step.publishedOn() != null && step.date() != null && step.publishedOn().isBefore(step.date())) {
                    problems.add("Een besluit kan niet openbaar worden vóór het genomen is.");
                }
            }
            case REALISATION -> {
                if (history.stream().noneMatch(r -> r.step() == InitiativeStep.DECISION && Boolean.TRUE.equals(r.approved()))) {
                    problems.add("Realisatie kan pas na een positief besluit.");
                }
            }
            case IN_USE -> {
                if (!has(history, InitiativeStep.REALISATION)) {
                    problems.add("Een voorziening kan pas in gebruik na de realisatie.");
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
