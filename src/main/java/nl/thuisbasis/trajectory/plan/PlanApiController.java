package nl.thuisbasis.trajectory.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.ApiCodes;
import nl.thuisbasis.trajectory.client.ClientId;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.SupportPlanRules;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.ActionStatus;
import nl.thuisbasis.trajectory.domain.SupportPlanRules.GoalStatus;
import nl.thuisbasis.trajectory.plan.PlanRequests.PlanActionRequest;
import nl.thuisbasis.trajectory.plan.PlanRequests.PlanActionStatusChangeRequest;
import nl.thuisbasis.trajectory.plan.PlanRequests.PlanEvaluationRequest;
import nl.thuisbasis.trajectory.plan.PlanRequests.PlanGoalRequest;
import nl.thuisbasis.trajectory.plan.PlanRequests.PlanGoalStatusChangeRequest;
import nl.thuisbasis.trajectory.plan.PlanRequests.PlanOutcomeRequest;
import nl.thuisbasis.trajectory.plan.PlanResponse.PlanActionResponse;
import nl.thuisbasis.trajectory.plan.PlanResponse.PlanEvaluationResponse;
import nl.thuisbasis.trajectory.plan.PlanResponse.PlanGoalResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A client's support plan through the API: the plan, adding goals, actions and evaluation moments (once per
 * Idempotency-Key), changing the state of a goal or an action and recording what an evaluation decided, each with the
 * version read (409 when someone changed it since, or the outcome was recorded already). The same operations as the
 * plan page, for the same people: only the staff of the client's provider; anyone else gets 404, and every read, write
 * and refusal is in the processing log (the use case writes it). Every problem is at the request's own field.
 */
@ApiController
@RequestMapping("/api/v1/trajectories/clients/{id}/plan")
@Tag(name = "Trajecten: ondersteuningsplan", description = "Het ondersteuningsplan van een cliënt: doelen per leefgebied, "
        + "acties en evaluatiemomenten (bijzondere persoonsgegevens: elke inzage en elke weigering wordt gelogd)")
class PlanApiController {

    private static final String KEY = "Optioneel: dezelfde sleutel nog eens (een herhaalde poging) voegt niets nog eens toe, "
            + "maar geeft hetzelfde terug.";

    private final SupportPlans plans;
    private final Clients clients;
    private final PlanResponses responses;
    private final OnceOnly once;

    PlanApiController(SupportPlans plans, Clients clients, PlanResponses responses, OnceOnly once) {
        this.plans = plans;
        this.clients = clients;
        this.responses = responses;
        this.once = once;
    }

    @GetMapping
    @Operation(operationId = "getPlan", summary = "Het ondersteuningsplan: doelen met hun acties, evaluaties, wat te laat is",
            description = "Namen van leefgebieden, standen en deelnemers in de taal van het verzoek (Accept-Language); elk "
                    + "doel, elke actie en elke evaluatie met de versie die een wijziging meestuurt.")
    PlanResponse plan(@PathVariable ClientId id, @AuthenticationPrincipal CurrentUser user) {
        return responses.plan(plans.plan(user, id.value()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/goals")
    @Operation(operationId = "addPlanGoal", summary = "Een doel toevoegen in een leefgebied van de laatste meting",
            description = "Het beginniveau is de score van het leefgebied in de laatste meting. Elk probleem staat bij zijn veld.")
    PlanGoalResponse addGoal(@PathVariable ClientId id, @RequestBody PlanGoalRequest body,
            @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = KEY) @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        required(body);
        UUID goal = created(key, "trajectory.plan.goal.api",
                () -> ApiCodes.named(PlanRequests.GOAL, () -> plans.addGoal(user, id.value(), body.draft())));
        return found(user, id, plan -> responses.goal(plan, goal));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/actions")
    @Operation(operationId = "addPlanAction", summary = "Een actie toevoegen bij een lopend doel",
            description = "Met één eigenaar: een medewerker van uw organisatie of een partnerorganisatie. De actie begint als "
                    + "PLANNED. Elk probleem staat bij zijn veld.")
    PlanActionResponse addAction(@PathVariable ClientId id, @RequestBody PlanActionRequest body,
            @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = KEY) @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        required(body);
        UUID action = created(key, "trajectory.plan.action.api",
                () -> ApiCodes.named(PlanRequests.ACTION, () -> plans.addAction(user, id.value(), body.draft())));
        return found(user, id, plan -> responses.action(plan, action));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/evaluations")
    @Operation(operationId = "planEvaluation", summary = "Een evaluatiemoment afspreken",
            description = "Met de datum en wie meedoen (de cliënt, de zorgaanbieder, de Wmo-consulent, de woningcorporatie).")
    PlanEvaluationResponse planEvaluation(@PathVariable ClientId id, @RequestBody PlanEvaluationRequest body,
            @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = KEY) @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        required(body);
        List<Problem> problems = new ArrayList<>();
        SupportPlanRules.EvaluationDraft draft = body.draft(problems);
        if (!problems.isEmpty()) {
            // an unknown participant: with what the rules find in the rest, and nothing stored
            clients.require(user, id.value(), "plan.evaluation");
            refuse(problems, SupportPlanRules.evaluationProblems(draft, clients.today()).stream()
                    .map(p -> p.on(PlanRequests.EVALUATION.getOrDefault(p.field(), p.field()))).toList());
        }
        UUID evaluation = created(key, "trajectory.plan.evaluation.api",
                () -> ApiCodes.named(PlanRequests.EVALUATION, () -> plans.planEvaluation(user, id.value(), draft)));
        return found(user, id, plan -> responses.evaluation(plan, evaluation));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/goals/{goalId}/status-changes")
    @Operation(operationId = "changePlanGoalStatus", summary = "De stand van een doel wijzigen, met de versie die u las",
            description = "OPEN, ACHIEVED of DROPPED. Heeft iemand anders het doel intussen gewijzigd, dan volgt 409 en wordt "
                    + "niets opgeslagen. Geeft het doel met de nieuwe stand en versie.")
    PlanGoalResponse changeGoalStatus(@PathVariable ClientId id, @PathVariable PlanItemId goalId,
            @RequestBody PlanGoalStatusChangeRequest body, @AuthenticationPrincipal CurrentUser user) {
        required(body);
        List<Problem> problems = new ArrayList<>();
        GoalStatus status = ApiCodes.code(GoalStatus.class, body.status(), "status", "trajectory.plan.problem.status.unknown",
                problems);
        version(body.version(), problems);
        change(problems, () -> plans.goalStatus(user, id.value(), goalId.value(), version(body.version()), status));
        return found(user, id, plan -> responses.goal(plan, goalId.value()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/actions/{actionId}/status-changes")
    @Operation(operationId = "changePlanActionStatus", summary = "De stand van een actie wijzigen, met de versie die u las",
            description = "PLANNED, IN_PROGRESS, DONE (klaar: vandaag) of CANCELLED. Heeft iemand anders de actie intussen "
                    + "gewijzigd, dan volgt 409 en wordt niets opgeslagen. Geeft de actie met de nieuwe stand en versie.")
    PlanActionResponse changeActionStatus(@PathVariable ClientId id, @PathVariable PlanItemId actionId,
            @RequestBody PlanActionStatusChangeRequest body, @AuthenticationPrincipal CurrentUser user) {
        required(body);
        List<Problem> problems = new ArrayList<>();
        ActionStatus status = ApiCodes.code(ActionStatus.class, body.status(), "status",
                "trajectory.plan.problem.status.unknown", problems);
        version(body.version(), problems);
        change(problems, () -> plans.actionStatus(user, id.value(), actionId.value(), version(body.version()), status));
        return found(user, id, plan -> responses.action(plan, actionId.value()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/evaluations/{evaluationId}/outcome")
    @Operation(operationId = "recordPlanEvaluationOutcome", summary = "De uitkomst van een evaluatie vastleggen, met de versie die u las",
            description = "Eén keer: is de uitkomst al vastgelegd of de evaluatie intussen gewijzigd, dan volgt 409. Gaat de "
                    + "ondersteuning omhoog of omlaag (UP, DOWN), dan is de reden nodig.")
    PlanEvaluationResponse recordOutcome(@PathVariable ClientId id, @PathVariable PlanItemId evaluationId,
            @RequestBody PlanOutcomeRequest body, @AuthenticationPrincipal CurrentUser user) {
        required(body);
        List<Problem> problems = new ArrayList<>();
        SupportPlanRules.OutcomeDraft draft = body.draft(problems);
        version(body.version(), problems);
        change(problems, () -> plans.recordOutcome(user, id.value(), evaluationId.value(), version(body.version()), draft));
        return found(user, id, plan -> responses.evaluation(plan, evaluationId.value()));
    }

    private static void required(Object body) {
        if (body == null) {
            throw Refused.badRequest(Problem.of("problem.body.missing"));
        }
    }

    private static void version(Integer version, List<Problem> problems) {
        if (version == null) {
            problems.add(Problem.at("version", "trajectory.plan.problem.version.required"));
        }
    }

    /** The version sent; none is one no record has (-1), so that the change cannot be made. */
    private static int version(Integer version) {
        return version == null ? -1 : version;
    }

    private UUID created(String key, String form, Supplier<UUID> create) {
        return UUID.fromString(once.submit(key, form, () -> create.get().toString()));
    }

    /**
     * Makes a change. With problems of the request already found (an unknown code, no version) the use case still runs,
     * with the code missing or version -1, so that it says 404 for a record that is not there and finds the problems of
     * the other fields; it cannot store anything then, and its problems come with those found here.
     */
    private void change(List<Problem> problems, Runnable change) {
        try {
            change.run();
        } catch (Refused refused) {
            if (problems.isEmpty() || refused.kind() == Refused.Kind.NOT_FOUND) {
                throw refused;
            }
            refuse(problems, refused.kind() == Refused.Kind.INVALID ? refused.problems() : List.of());
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("a change with problems was made");
        }
    }

    /** The problems found here and those of the rules on the other fields, at once: 422. */
    private static void refuse(List<Problem> problems, List<Problem> rules) {
        Set<String> found = problems.stream().map(Problem::field).collect(Collectors.toSet());
        List<Problem> all = new ArrayList<>(problems);
        rules.stream().filter(p -> p.field() == null || !found.contains(p.field())).forEach(all::add);
        throw Refused.invalid(SupportPlans.REFUSED, all);
    }

    /** The record just added or changed, from the plan read again; one the plan lacks is another client's (a key reused). */
    private <T> T found(CurrentUser user, ClientId id, Function<SupportPlans.Plan, java.util.Optional<T>> lookup) {
        return lookup.apply(plans.plan(user, id.value())).orElseThrow(() ->
                new Refused(Refused.Kind.CONFLICT, "conflict", List.of(Problem.of("problem.onceOnly.otherForm"))));
    }
}
