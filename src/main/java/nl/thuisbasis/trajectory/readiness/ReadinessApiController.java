package nl.thuisbasis.trajectory.readiness;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.Candidacies;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.ApiCodes;
import nl.thuisbasis.trajectory.client.ClientId;
import nl.thuisbasis.trajectory.domain.ReadinessChecklist.Confirmation;
import nl.thuisbasis.trajectory.domain.ReadinessChecklist.Item;
import nl.thuisbasis.trajectory.readiness.ReadinessChecklistResponse.ReadinessCandidacyResponse;
import nl.thuisbasis.trajectory.readiness.ReadinessChecklistResponse.ReadinessItemResponse;
import nl.thuisbasis.trajectory.readiness.ReadinessChecklistResponse.ReadinessSummaryResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A client's readiness checklist through the API: reading it (items, confirmations, summary with the readiness date,
 * version, the candidacy's state) and saving confirmed and reopened items with the version read (409 when someone
 * changed the checklist since). Only the staff of the client's provider; anyone else gets 404, and every read, write
 * and refusal is in the processing log (the use case writes it).
 */
@ApiController
@RequestMapping("/api/v1/trajectories/clients/{id}/readiness")
@Tag(name = "Trajecten: klaar om zelfstandig te wonen", description = "De checklist van de regio per cliënt en de "
        + "datum die naar de aanmelding voor de voorrangsregeling gaat (bijzondere persoonsgegevens: elke inzage en elke "
        + "weigering wordt gelogd)")
class ReadinessApiController {

    private final Readiness readiness;
    private final Messages messages;

    ReadinessApiController(Readiness readiness, Messages messages) {
        this.readiness = readiness;
        this.messages = messages;
    }

    @GetMapping
    @Operation(operationId = "getReadiness", summary = "De checklist klaar om zelfstandig te wonen, met de stand en de aanmelding",
            description = "Namen van de onderdelen in de taal van het verzoek (Accept-Language).")
    ReadinessChecklistResponse checklist(@PathVariable ClientId id, @AuthenticationPrincipal CurrentUser user) {
        return response(readiness.checklist(user, id.value()));
    }

    @PutMapping
    @Operation(operationId = "saveReadiness", summary = "Onderdelen bevestigen of weer openzetten, met de versie die u las",
            description = "Alleen de genoemde onderdelen veranderen. Heeft iemand anders de checklist intussen gewijzigd, dan "
                    + "volgt 409 en wordt niets opgeslagen. Is daarna alles bevestigd, dan gaat de datum naar de aanmelding "
                    + "voor de voorrangsregeling. Elk probleem staat bij zijn veld, als entries[CODE].confirmedOn.")
    ReadinessChecklistResponse save(@PathVariable ClientId id, @RequestBody ReadinessChecklistRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        if (body == null) {
            throw Refused.badRequest(Problem.of("problem.body.missing"));
        }
        List<Problem> problems = new ArrayList<>();
        if (body.version() == null) {
            problems.add(Problem.at("version", "trajectory.readiness.problem.version.required"));
        }
        try {
            // without a version the save cannot succeed (no checklist has -1); it still says what else is wrong
            ApiCodes.renamed(ReadinessChecklistRequest::onTheRequest, () -> {
                readiness.save(user, id.value(), body.version() == null ? -1 : body.version(), body.entered());
                return null;
            });
        } catch (Refused refused) {
            if (problems.isEmpty() || refused.kind() == Refused.Kind.NOT_FOUND) {
                throw refused;
            }
            Set<String> found = problems.stream().map(Problem::field).collect(Collectors.toSet());
            if (refused.kind() == Refused.Kind.INVALID) {
                refused.problems().stream().filter(p -> p.field() == null || !found.contains(p.field())).forEach(problems::add);
            }
            throw Refused.invalid(Readiness.REFUSED, problems);
        }
        return response(readiness.checklist(user, id.value()));
    }

    private ReadinessChecklistResponse response(Readiness.Checklist c) {
        Locale locale = Messages.locale();
        List<ReadinessItemResponse> items = new ArrayList<>();
        for (Item item : c.items()) {
            Confirmation confirmed = c.confirmations().get(item.code());
            if (item.active() || confirmed != null) {
                items.add(new ReadinessItemResponse(item.code(), item.name(locale), item.active(), confirmed != null,
                        confirmed == null ? null : confirmed.on(), confirmed == null ? null : confirmed.by()));
            }
        }
        ReadinessSummaryResponse summary = new ReadinessSummaryResponse(c.summary().total(), c.summary().confirmed(),
                c.summary().complete(), c.summary().readyOn(), c.summary().housingFirst());
        return new ReadinessChecklistResponse(c.client().id(), items, summary, c.version(), c.client().candidateId(),
                c.candidacy().map(this::candidacy).orElse(null));
    }

    private ReadinessCandidacyResponse candidacy(Candidacies.Candidacy c) {
        // the status key is the outflow module's text of the status (out.status.REGISTERED): its code is the last part
        String status = c.statusKey().substring(c.statusKey().lastIndexOf('.') + 1);
        return new ReadinessCandidacyResponse(c.id(), status, messages.text(c.statusKey()), c.active(), c.urgencyGrantedOn(),
                c.readyOn(), c.readyConfirmedBy());
    }
}
