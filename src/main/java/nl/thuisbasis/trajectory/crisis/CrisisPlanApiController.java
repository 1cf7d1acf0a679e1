package nl.thuisbasis.trajectory.crisis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.People;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.ClientId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A client's crisis plan through the API: read it, replace it as a whole with the version read (409 when someone
 * changed it since), and the one-page crisis card as PDF. The same use case as the page, for the same people: only the
 * staff of the client's provider, anyone else gets 404; every read, write, card and refusal is in the processing log.
 */
@ApiController
@RequestMapping("/api/v1/trajectories/clients/{id}/crisis-plan")
@Tag(name = "Trajecten: crisisplan", description = "Het crisisplan van een cliënt, samen met de cliënt gemaakt, en de "
        + "crisiskaart (bijzondere persoonsgegevens: elke inzage en elke weigering wordt gelogd)")
class CrisisPlanApiController {

    private final CrisisPlans plans;
    private final People people;
    private final Messages messages;

    CrisisPlanApiController(CrisisPlans plans, People people, Messages messages) {
        this.plans = plans;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping
    @Operation(operationId = "getCrisisPlan", summary = "Het huidige crisisplan met zijn versie",
            description = "404 als de cliënt nog geen crisisplan heeft. Fasen met hun naam in de taal van het verzoek.")
    CrisisPlanResponse get(@PathVariable ClientId id, @AuthenticationPrincipal CurrentUser user) {
        return response(plans.current(user, id.value()).orElseThrow(() -> Refused.notFound(
                Problem.of("trajectory.crisis.problem.none"))));
    }

    @PutMapping
    @Operation(operationId = "saveCrisisPlan", summary = "Het crisisplan als geheel opslaan, met de versie die u las",
            description = "Zonder versie voor het eerste plan. De dag van de afspraak en de bevestiging dat het plan met de "
                    + "cliënt is gemaakt horen bij elke wijziging. Heeft iemand anders het plan intussen gewijzigd, dan volgt "
                    + "409 en wordt niets opgeslagen; elk probleem staat bij zijn veld (phases[1].contacts[0].phone).")
    CrisisPlanResponse save(@PathVariable ClientId id, @RequestBody CrisisPlanRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        if (body == null) {
            throw Refused.invalid(CrisisPlans.REFUSED, List.of(Problem.of("trajectory.crisis.problem.body")));
        }
        plans.save(user, id.value(), body.version(), body.draft());
        return response(plans.current(user, id.value()).orElseThrow(Refused::notFound));
    }

    @GetMapping(value = "/card", produces = "application/pdf")
    @Operation(operationId = "getCrisisCard", summary = "De crisiskaart: één pagina PDF die de cliënt bij zich draagt",
            description = "In de taal van het verzoek; 404 als er nog geen crisisplan is.")
    ResponseEntity<byte[]> card(@PathVariable ClientId id, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"crisiskaart.pdf\"").body(plans.card(user, id.value()));
    }

    private CrisisPlanResponse response(CrisisPlanView plan) {
        return new CrisisPlanResponse(plan.clientId(), plan.agreedOn(), plan.phases().stream()
                .map(p -> new CrisisPlanResponse.Phase(p.phase(), messages.text("traj.crisis.phase." + p.phase().name()),
                        p.signals(), p.clientDoes(), p.othersDo(), p.contacts().stream()
                                .map(c -> new CrisisPlanResponse.Contact(c.name(), c.role(), c.phone())).toList()))
                .toList(), new CrisisPlanResponse.Arrangements(plan.arrangements().post(), plan.arrangements().pets(),
                        plan.arrangements().keys(), plan.arrangements().other()),
                plan.risks().stream().map(r -> new CrisisPlanResponse.Risk(r.risk(), r.agreement())).toList(),
                plan.changedBy(), people.nameOf(plan.changedBy()), plan.changedAt(), plan.version());
    }
}
