package nl.thuisbasis.trajectory.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.trajectory.client.ClientId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** All of a client's data as one JSON document through the API (the same as the overview page's download). */
@ApiController
@Tag(name = "Trajecten", description = "Cliënten en hun traject naar zelfstandig wonen, voor de medewerkers van "
        + "de eigen zorgaanbieder (bijzondere persoonsgegevens: elke inzage en elke weigering komt in het verwerkingenlogboek)")
class ClientExportApiController {

    private final ClientOverview overviews;

    ClientExportApiController(ClientOverview overviews) {
        this.overviews = overviews;
    }

    @GetMapping("/api/v1/trajectories/clients/{id}/export")
    @Operation(operationId = "exportClient", summary = "Alle gegevens van een cliënt, machineleesbaar (inzage en overdracht)",
            description = "De cliënt en de fasen, elke meting met de scores, het ondersteuningsplan, het crisisplan, de "
                    + "gereedheid, de toestemmingen, de inzagen op grond van vitaal belang en wie wat wanneer inzag (uit het "
                    + "verwerkingenlogboek, de nieuwste 1000). Alleen voor medewerkers van de eigen zorgaanbieder; anderen 404.")
    ClientExport export(@PathVariable ClientId id, @AuthenticationPrincipal CurrentUser user) {
        return ClientExport.of(overviews.of(user, id.value(), "export"));
    }
}
