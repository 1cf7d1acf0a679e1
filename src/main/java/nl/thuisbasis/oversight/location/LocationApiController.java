package nl.thuisbasis.oversight.location;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Messages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Reading the oversight of one location, and what the reports say about it. */
@ApiController
@RequestMapping("/api/v1/oversight/locations")
@Tag(name = "Beheer", description = "Beheercommissie, beheerconvenant en escalatieladder per voorziening")
class LocationApiController {

    private final Locations locations;
    private final Signals signals;
    private final Messages messages;

    LocationApiController(Locations locations, Signals signals, Messages messages) {
        this.locations = locations;
        this.signals = signals;
        this.messages = messages;
    }

    @GetMapping("/{facilityId}")
    @Operation(operationId = "getOversight", summary = "Het beheer van een voorziening, met de geschiedenis op de escalatieladder")
    OversightProfileResponse get(@PathVariable LocationId facilityId, @AuthenticationPrincipal CurrentUser user) {
        require(user);
        return OversightProfileResponse.from(locations.profile(facilityId).orElseThrow(Locations::notFound), messages);
    }

    @GetMapping("/{facilityId}/report-signals")
    @Operation(operationId = "getReportSignals", summary = "Meldingen per maand, de meldingen sinds de laatste vergadering en een eventuele suggestie voor het regime",
            description = "Zonder gegevens van melders en zonder beschrijving. Een suggestie verandert het regime nooit vanzelf.")
    ReportSignalsResponse signals(@PathVariable LocationId facilityId, @AuthenticationPrincipal CurrentUser user) {
        require(user);
        OversightProfile profile = locations.profile(facilityId).orElseThrow(Locations::notFound);
        return ReportSignalsResponse.from(signals.of(profile), messages);
    }

    static void require(CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
    }
}
