package nl.thuisbasis.trajectory.sharing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.People;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.ApiCodes;
import nl.thuisbasis.trajectory.client.ClientId;
import nl.thuisbasis.trajectory.domain.ConsentRules.DataCategory;
import nl.thuisbasis.trajectory.domain.ConsentRules.Purpose;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A partner's reads through the API (decision 0016): the clients who share with its organisation, and a client's shared
 * data for a purpose, exactly the categories an active consent gives; 403 {@code consent-required} otherwise. The same
 * use case as the pages; every read and refusal is in the processing log.
 */
@ApiController
@RequestMapping("/api/v1/trajectories/shared-clients")
@Tag(name = "Trajecten: gedeeld met partners", description = "Wat cliënten met toestemming delen met een corporatie, een "
        + "gemeente of een andere zorgaanbieder: precies de gegevens en het doel van een geldige toestemming (elke inzage en "
        + "elke weigering wordt gelogd)")
class SharingApiController {

    private final Sharing sharing;
    private final Messages messages;
    private final People people;

    SharingApiController(Sharing sharing, Messages messages, People people) {
        this.sharing = sharing;
        this.messages = messages;
        this.people = people;
    }

    /** A client who shares with the caller, for a purpose. */
    record SharedClientResponse(UUID clientId, String name, String provider, Purpose purpose, String purposeName,
            List<DataCategory> categories, LocalDate until) {
    }

    @GetMapping
    @Operation(operationId = "listSharedClients", summary = "De cliënten die nu gegevens met uw organisatie delen",
            description = "Voor medewerkers van een corporatie, een gemeente of een zorgaanbieder (niet de eigen cliënten). Eén "
                    + "regel per cliënt en doel; het totaal telt alleen cliënten met een geldige toestemming voor uw organisatie.")
    PagedList<SharedClientResponse> list(
            @Parameter(description = "Alleen dit doel", schema = @Schema(implementation = Purpose.class))
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        PageQuery paging = PageQuery.of(page, pageSize, 50, 500);
        List<Problem> problems = new ArrayList<>();
        Purpose chosen = ApiCodes.code(Purpose.class, purpose, "purpose", "trajectory.shared.problem.purpose", problems);
        if (!problems.isEmpty()) {
            throw Refused.badRequest(problems.toArray(Problem[]::new));
        }
        Sharing.Page shared = sharing.clients(user, chosen, paging);
        return PagedList.of(shared.clients().stream().map(s -> new SharedClientResponse(s.clientId(), s.name(), s.providerName(),
                s.purpose(), messages.text("traj.consent.purpose." + s.purpose().name()), List.copyOf(s.categories()), s.until()))
                .toList(), paging, shared.total(), UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString()));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSharedClient", summary = "Wat een cliënt voor een doel met uw organisatie deelt",
            description = "Precies de gegevens die een geldige toestemming uw organisatie voor dit doel geeft; de andere velden "
                    + "ontbreken. Met category alleen die gegevens. 403 consent-required als geen toestemming ze geeft (ook na "
                    + "intrekking of afloop), 404 als de cliënt niet bestaat.")
    SharedDataResponse get(@PathVariable ClientId id,
            @Parameter(description = "Het doel waarvoor u de gegevens inziet", required = true,
                    schema = @Schema(implementation = Purpose.class)) @RequestParam(required = false) String purpose,
            @Parameter(description = "Alleen deze gegevens", schema = @Schema(implementation = DataCategory.class))
            @RequestParam(required = false) String category,
            @AuthenticationPrincipal CurrentUser user) {
        List<Problem> problems = new ArrayList<>();
        Purpose chosen = ApiCodes.code(Purpose.class, purpose, "purpose", "trajectory.shared.problem.purpose", problems);
        DataCategory only = ApiCodes.code(DataCategory.class, category, "category", "trajectory.shared.problem.category", problems);
        if (!problems.isEmpty()) {
            throw Refused.badRequest(problems.toArray(Problem[]::new));
        }
        return SharedDataResponse.of(sharing.view(user, id.value(), chosen, only), messages, people,
                LocaleContextHolder.getLocale());
    }
}
