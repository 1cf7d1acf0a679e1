package nl.thuisbasis.trajectory.plan;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.trajectory.client.ApiCodes;
import nl.thuisbasis.trajectory.domain.SupportPlanRules;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.ActionStatus;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.GoalStatus;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.Scaling;

/**
 * The requests of the support-plan API, as the API takes them: codes as text (any case; an unknown one is a problem at
 * its field, 422), each problem of the rules at the request's own field name ({@link #GOAL}, {@link #ACTION},
 * {@link #EVALUATION}: the rules name the web form's fields).
 */
final class PlanRequests {

    /** The rules' (the form's) field names and the request's. */
    static final Map<String, String> GOAL = Map.of("goalDomain", "domain", "goalDescription", "description",
            "goalTarget", "targetLevel");
    static final Map<String, String> ACTION = Map.of("actionGoal", "goalId", "actionDescription", "description",
            "actionOwner", "ownerPerson", "actionPartner", "ownerPartner", "actionDue", "dueOn");
    static final Map<String, String> EVALUATION = Map.of("evaluationOn", "plannedOn", "evaluationWith", "participants");

    private PlanRequests() {
    }

    /** Who take part in an evaluation. */
    enum Participant {
        /** The client. */
        CLIENT,
        /** The care provider. */
        PROVIDER,
        /** The municipality's Wmo officer. */
        WMO,
        /** The housing corporation. */
        CORPORATION
    }

    /** A goal in a life domain of the instrument of the client's latest assessment. */
    record PlanGoalRequest(
            @Schema(requiredMode = REQUIRED, description = "De code van een leefgebied van het instrument van de laatste "
                    + "meting (zie assessment-instrument)") String domain,
            @Schema(requiredMode = REQUIRED, description = "Wat de cliënt wil bereiken; hoogstens 500 tekens") String description,
            @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "5", description = "Het niveau dat de cliënt wil bereiken")
            Integer targetLevel) {

        SupportPlanRules.GoalDraft draft() {
            return new SupportPlanRules.GoalDraft(domain, description, targetLevel);
        }
    }

    /** An action toward an open goal, with one owner: a member of the staff or a partner organisation. */
    record PlanActionRequest(
            @Schema(requiredMode = REQUIRED, description = "Een lopend doel van deze cliënt") UUID goalId,
            @Schema(requiredMode = REQUIRED, description = "Wat er gedaan wordt; hoogstens 500 tekens") String description,
            @Schema(description = "De gebruikersnaam van een medewerker van uw organisatie (of ownerPartner)") String ownerPerson,
            @Schema(description = "Een partnerorganisatie (of ownerPerson); hoogstens 200 tekens") String ownerPartner,
            @Schema(requiredMode = REQUIRED, description = "Uiterlijk klaar op (tussen een jaar geleden en drie jaar vooruit)")
            LocalDate dueOn) {

        SupportPlanRules.ActionDraft draft() {
            return new SupportPlanRules.ActionDraft(goalId == null ? null : goalId.toString(), description, ownerPerson,
                    ownerPartner, dueOn);
        }
    }

    /** An evaluation moment agreed with the people who take part. */
    record PlanEvaluationRequest(
            @Schema(requiredMode = REQUIRED, description = "De afgesproken datum (tussen drie maanden geleden en twee jaar vooruit)")
            LocalDate plannedOn,
            @ArraySchema(schema = @Schema(implementation = Participant.class), arraySchema = @Schema(requiredMode = REQUIRED,
                    description = "Wie meedoen: ten minste één")) List<String> participants) {

        SupportPlanRules.EvaluationDraft draft(List<Problem> problems) {
            java.util.Set<Participant> with = java.util.EnumSet.noneOf(Participant.class);
            if (participants != null) {
                for (String code : participants) {
                    Participant p = ApiCodes.code(Participant.class, code, "participants",
                            "trajectory.plan.problem.participant.unknown", problems);
                    if (p != null) {
                        with.add(p);
                    }
                }
            }
            return new SupportPlanRules.EvaluationDraft(plannedOn, with.contains(Participant.CLIENT),
                    with.contains(Participant.PROVIDER), with.contains(Participant.WMO), with.contains(Participant.CORPORATION));
        }
    }

    /** What an evaluation decided, with the version of the evaluation that was read. */
    record PlanOutcomeRequest(
            @Schema(requiredMode = REQUIRED, description = "Gehouden op (niet in de toekomst)") LocalDate heldOn,
            @Schema(requiredMode = REQUIRED, description = "Wat er is afgesproken; hoogstens 1000 tekens") String outcome,
            @Schema(requiredMode = REQUIRED, implementation = Scaling.class) String scaling,
            @Schema(description = "Nodig bij UP en DOWN: waarom de ondersteuning verandert") String scalingReason,
            @Schema(requiredMode = REQUIRED, description = "De versie van de evaluatie die u het laatst las") Integer version) {

        SupportPlanRules.OutcomeDraft draft(List<Problem> problems) {
            Scaling s = ApiCodes.code(Scaling.class, scaling, "scaling", "trajectory.plan.problem.scaling.unknown", problems);
            return new SupportPlanRules.OutcomeDraft(heldOn, outcome, s, scalingReason);
        }
    }

    /** A new state of a goal, with the version of the goal that was read. */
    record PlanGoalStatusChangeRequest(
            @Schema(requiredMode = REQUIRED, implementation = GoalStatus.class) String status,
            @Schema(requiredMode = REQUIRED, description = "De versie van het doel die u het laatst las") Integer version) {
    }

    /** A new state of an action, with the version of the action that was read. */
    record PlanActionStatusChangeRequest(
            @Schema(requiredMode = REQUIRED, implementation = ActionStatus.class) String status,
            @Schema(requiredMode = REQUIRED, description = "De versie van de actie die u het laatst las") Integer version) {
    }
}
