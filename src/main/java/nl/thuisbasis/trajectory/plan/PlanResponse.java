package nl.thuisbasis.trajectory.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.ActionStatus;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.GoalStatus;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.Scaling;

/**
 * A client's support plan as the API answers it: the goals with their actions, the evaluation moments, what is overdue
 * today, and the assessment the plan builds on. Codes with the names a person reads (in the request's language); each
 * goal, action and evaluation with the version a change sends.
 */
record PlanResponse(UUID clientId,
        @Schema(description = "De meting waarop de doelen rusten (zonder meting: het instrument dat de regio nu gebruikt)")
        PlanBasisResponse basis,
        List<PlanGoalResponse> goals, List<PlanEvaluationResponse> evaluations,
        @Schema(description = "Lopende acties waarvan de datum voorbij is") long overdueActions,
        @Schema(description = "De eerstvolgende evaluatie die nog niet gehouden is (ook als die te laat is)") LocalDate nextEvaluation) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PlanBasisResponse(String instrumentCode, int instrumentVersion,
            @Schema(description = "De dag van de laatste meting; leeg zonder meting") LocalDate assessedOn) {
    }

    record PlanGoalResponse(UUID id, String domain, String domainName,
            @Schema(description = "Het niveau toen het doel gesteld werd (leeg: niet gemeten)") Integer startLevel,
            @Schema(description = "Het niveau in de laatste meting (leeg: niet gemeten)") Integer currentLevel,
            int targetLevel, String description, GoalStatus status, String statusName, String createdBy,
            String createdByName, @Schema(description = "De versie om mee te sturen bij een wijziging") int version,
            List<PlanActionResponse> actions) {
    }

    record PlanActionResponse(UUID id, UUID goalId, String description,
            @Schema(description = "De medewerker die de actie doet (gebruikersnaam), of leeg bij een partnerorganisatie")
            String ownerPerson, String ownerPersonName, String ownerPartner, LocalDate dueOn, ActionStatus status,
            String statusName, LocalDate doneOn,
            @Schema(description = "Loopt nog en de datum is voorbij") boolean overdue,
            @Schema(description = "De versie om mee te sturen bij een wijziging") int version) {
    }

    record PlanEvaluationResponse(UUID id, LocalDate plannedOn, List<PlanParticipantResponse> participants,
            @Schema(description = "Leeg zolang de evaluatie niet gehouden is") LocalDate heldOn, String outcome,
            Scaling scaling, String scalingName, String scalingReason, String recordedBy, String recordedByName,
            @Schema(description = "Niet gehouden en de afgesproken datum is voorbij") boolean overdue,
            @Schema(description = "De versie om mee te sturen met de uitkomst") int version) {
    }

    record PlanParticipantResponse(PlanRequests.Participant code, String name) {
    }
}
