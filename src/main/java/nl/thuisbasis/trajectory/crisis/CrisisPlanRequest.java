package nl.thuisbasis.trajectory.crisis;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import nl.thuisbasis.trajectory.domain.CrisisPhase;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules;

/**
 * A crisis plan as a whole, as agreed with the client: the day, the confirmation that it was made together, the phases
 * (each at most once), the practical arrangements and the risk factors with their agreements; {@code version} is the
 * version read (empty for the first plan). Problems are at the same paths ({@code phases[1].contacts[0].phone}).
 */
@Schema(name = "CrisisPlanRequest")
record CrisisPlanRequest(
        @Schema(requiredMode = REQUIRED, description = "De dag waarop het plan met de cliënt is afgesproken") LocalDate agreedOn,
        @Schema(requiredMode = REQUIRED, description = "Het plan is samen met de cliënt gemaakt") Boolean madeWithClient,
        @Schema(description = "Per fase de signalen, wat de cliënt doet, wat anderen doen en wie te bellen")
        List<PhaseRequest> phases,
        @Schema(description = "Praktische afspraken") ArrangementsRequest arrangements,
        @Schema(description = "Risicofactoren met de afspraak die erbij hoort") List<RiskRequest> risks,
        @Schema(description = "De versie die u las; leeg voor het eerste plan") Integer version) {

    @Schema(name = "CrisisPhaseRequest")
    record PhaseRequest(@Schema(requiredMode = REQUIRED) CrisisPhase phase, String signals, String clientDoes, String othersDo,
            List<ContactRequest> contacts) {
    }

    @Schema(name = "CrisisContactRequest")
    record ContactRequest(String name, String role, String phone) {
    }

    @Schema(name = "CrisisArrangementsRequest")
    record ArrangementsRequest(String post, String pets, String keys, String other) {
    }

    @Schema(name = "CrisisRiskRequest")
    record RiskRequest(String risk, String agreement) {
    }

    /** The draft the rules check; an empty row stays in its place, so that a problem's path is the request's own. */
    CrisisPlanRules.Draft draft() {
        List<CrisisPlanRules.PhasePlan> plans = phases == null ? List.of() : phases.stream()
                .map(p -> p == null ? null : new CrisisPlanRules.PhasePlan(p.phase(), p.signals(), p.clientDoes(), p.othersDo(),
                        p.contacts() == null ? List.of() : p.contacts().stream()
                                .map(c -> c == null ? null : new CrisisPlanRules.Contact(c.name(), c.role(), c.phone())).toList()))
                .toList();
        CrisisPlanRules.Arrangements arranged = arrangements == null ? CrisisPlanRules.Arrangements.NONE
                : new CrisisPlanRules.Arrangements(arrangements.post(), arrangements.pets(), arrangements.keys(), arrangements.other());
        List<CrisisPlanRules.Risk> riskList = risks == null ? List.of() : risks.stream()
                .map(r -> r == null ? null : new CrisisPlanRules.Risk(r.risk(), r.agreement())).toList();
        return new CrisisPlanRules.Draft(agreedOn, madeWithClient, plans, arranged, riskList);
    }
}
