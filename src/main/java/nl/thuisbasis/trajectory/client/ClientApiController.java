package nl.thuisbasis.trajectory.client;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.People;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.Phase;
import nl.thuisbasis.trajectory.domain.TrajectoryAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Clients and their trajectory through the API: the caseload (with the work that waits), registering a client, one client with the phase history,
 * and moving the phase (with the version read: 409 when it is stale). The same operations as the pages, for the same
 * people: only the staff of the care provider that registered the client; every other role gets 403 (a list, a
 * registration) or 404 (a client), and every read, write and refusal is in the processing log (the use case writes it).
 */
@ApiController
@RequestMapping(ClientApiController.PATH)
@Tag(name = "Trajecten", description = "Cliënten en hun traject naar zelfstandig wonen, voor de medewerkers van "
        + "de eigen zorgaanbieder (bijzondere persoonsgegevens: elke inzage en elke weigering komt in het verwerkingenlogboek)")
class ClientApiController {

    static final String PATH = "/api/v1/trajectories/clients";

    /** Whose clients a caseload lists. */
    enum Scope {
        /** The clients of whom the caller is the key worker or the stand-in. */
        MINE,
        /** All clients of the caller's organisation. */
        TEAM
    }

    private final Clients clients;
    private final ClientResponses responses;
    private final OnceOnly once;
    private final People people;

    ClientApiController(Clients clients, ClientResponses responses, OnceOnly once, People people) {
        this.people = people;
        this.clients = clients;
        this.responses = responses;
        this.once = once;
    }

    @GetMapping
    @Operation(operationId = "listClients", summary = "De caseload: uw cliënten, die van een collega of van het team, met het werk dat wacht",
            description = "Alleen voor medewerkers van een zorgaanbieder; het totaal telt alleen cliënten van de eigen "
                    + "organisatie. Elke cliënt met de acties die te laat zijn, de eerstvolgende evaluatie en de dagen in de "
                    + "voorziening. Elke getoonde cliënt komt in het verwerkingenlogboek.")
    PagedList<ClientResponse> list(
            @Parameter(description = "MINE (standaard): de cliënten van wie u persoonlijk begeleider of vervanger bent; "
                    + "TEAM: alle cliënten van uw organisatie", schema = @Schema(implementation = Scope.class))
            @RequestParam(required = false) String scope,
            @Parameter(description = "De cliënten van deze collega (gebruikersnaam; persoonlijk begeleider of vervanger), in "
                    + "plaats van de uwe of die van het team") @RequestParam(required = false) String keyWorker,
            @Parameter(description = "Alleen cliënten in deze fase", schema = @Schema(implementation = Phase.class))
            @RequestParam(required = false) String phase,
            @Parameter(description = "Alleen cliënten met een actie of evaluatie die te laat is")
            @RequestParam(required = false) Boolean overdueOnly,
            @Parameter(description = "NAME (standaard), NEXT_EVALUATION (eerstvolgende evaluatie eerst), OVERDUE (meeste "
                    + "acties te laat eerst) of DAYS_IN_FACILITY (langst in de voorziening eerst)",
                    schema = @Schema(implementation = Clients.CaseloadOrder.class))
            @RequestParam(required = false) String order,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        PageQuery paging = PageQuery.of(page, pageSize, 50, 500);
        List<Problem> problems = new ArrayList<>();
        Scope whose = ApiCodes.code(Scope.class, scope, "scope", "trajectory.client.problem.scope.unknown", problems);
        Phase inPhase = ApiCodes.code(Phase.class, phase, "phase", "trajectory.client.problem.phase.unknown", problems);
        Clients.CaseloadOrder by = ApiCodes.code(Clients.CaseloadOrder.class, order, "order",
                "trajectory.client.problem.order.unknown", problems);
        boolean staff = user != null && TrajectoryAccess.mayRegister(user.viewer());
        String colleague = keyWorker == null || keyWorker.isBlank() ? null : keyWorker.strip();
        if (staff && colleague != null) {
            if (people.staffOf(user.organisationCode()).stream().noneMatch(m -> m.username().equals(colleague))) {
                problems.add(Problem.at("keyWorker", "trajectory.client.problem.keyWorker.unknown", colleague));
            } else if (whose == Scope.MINE && !colleague.equals(user.getUsername())) {
                problems.add(Problem.at("keyWorker", "trajectory.client.problem.keyWorker.scope"));
            }
        }
        if (!problems.isEmpty() && staff) {
            // a value outside the documented ones is a request that cannot be read, as a malformed page number
            throw Refused.badRequest(problems.toArray(Problem[]::new));
        }
        // anyone else is refused (and logged) by the use case, whatever they asked for
        String worker = user == null ? null : colleague != null ? colleague : whose == Scope.TEAM ? null : user.getUsername();
        Clients.Caseload caseload = clients.caseload(user, new Clients.CaseloadQuery(worker, inPhase,
                Boolean.TRUE.equals(overdueOnly), by), paging);
        return PagedList.of(responses.list(caseload.entries(), clients.today()), paging, caseload.total(),
                UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "registerClient", summary = "Een cliënt aanmelden (medewerker van een zorgaanbieder)",
            description = "Het traject begint vandaag in de fase INTAKE. Elk probleem staat bij zijn veld in errors.")
    ResponseEntity<ClientResponse> register(@RequestBody ClientRequest body, @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Optioneel: dezelfde sleutel nog eens (een herhaalde poging) meldt niet nog eens aan, "
                    + "maar geeft dezelfde cliënt.")
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        if (body == null) {
            throw Refused.badRequest(Problem.of("problem.body.missing"));
        }
        List<Problem> problems = new ArrayList<>();
        ClientRules.Draft draft = body.draft(problems);
        if (!problems.isEmpty() && user != null && TrajectoryAccess.mayRegister(user.viewer())) {
            // every problem at once: the unknown codes, and what the rules find in the fields that could be read
            Set<String> unread = problems.stream().map(Problem::field).collect(Collectors.toSet());
            clients.problems(user, draft, null).stream().filter(p -> !unread.contains(p.field())).forEach(problems::add);
            throw Refused.invalid(Clients.REFUSED, problems);
        }
        UUID id = UUID.fromString(once.submit(key, "trajectory.client.register.api",
                () -> clients.register(user, draft).toString()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(responses.one(clients.overview(user, id)));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getClient", summary = "Eén cliënt met het traject en de geschiedenis van de fasen",
            description = "Geeft ook de versie die een wijziging meestuurt.")
    ClientResponse get(@PathVariable ClientId id, @AuthenticationPrincipal CurrentUser user) {
        return responses.one(clients.overview(user, id.value()));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/phase-changes")
    @Operation(operationId = "changeClientPhase", summary = "De fase van het traject wijzigen, met de versie die u las",
            description = "Heeft iemand anders de cliënt intussen gewijzigd, dan volgt 409 en wordt niets opgeslagen. "
                    + "Geeft de cliënt met de nieuwe fase en versie.")
    ResponseEntity<ClientResponse> changePhase(@PathVariable ClientId id, @RequestBody PhaseChangeRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        if (body == null) {
            throw Refused.badRequest(Problem.of("problem.body.missing"));
        }
        // someone else's client (or none) is 404 before anything about the body is said
        ClientView client = clients.require(user, id.value(), "phase");
        List<Problem> problems = new ArrayList<>();
        Phase next = ApiCodes.code(Phase.class, body.phase(), "phase", "trajectory.client.problem.phase.unknown", problems);
        if (body.version() == null) {
            problems.add(Problem.at("version", "trajectory.client.problem.version.required"));
        }
        if (!problems.isEmpty()) {
            // every problem at once: with those of the rules on the fields that could be read
            Set<String> unread = problems.stream().map(Problem::field).collect(Collectors.toSet());
            ClientRules.phaseProblems(client.phase(), client.phaseSince(), next, body.since(), clients.today()).stream()
                    .filter(p -> !unread.contains(p.field())).forEach(problems::add);
            nl.thuisbasis.platform.Inputs.text(problems, "note", body.note(), ClientRules.REASON_LENGTH);
            throw Refused.invalid(Clients.REFUSED, problems);
        }
        clients.changePhase(user, id.value(), body.version(), next, body.since(), body.note());
        return ResponseEntity.status(HttpStatus.CREATED).body(responses.one(clients.overview(user, id.value())));
    }
}
