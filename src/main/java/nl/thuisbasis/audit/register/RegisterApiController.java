package nl.thuisbasis.audit.register;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.thuisbasis.platform.ApiController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The register of processing activities through the API, for everyone who is logged in: what the product processes,
 * why, on which legal basis and how long it is kept. Changing it is for the admin's page.
 */
@ApiController
@RequestMapping("/api/v1/processing-activities")
@Tag(name = "Verwerkingsregister", description = "De verwerkingen van persoonsgegevens in Thuisbasis (AVG art. 30): doel, "
        + "grondslag, gegevens, betrokkenen en bewaartermijn; elke regel van het verwerkingenlogboek noemt zijn verwerking")
class RegisterApiController {

    private final ProcessingActivities activities;

    RegisterApiController(ProcessingActivities activities) {
        this.activities = activities;
    }

    @GetMapping
    @Operation(operationId = "listProcessingActivities", summary = "Alle verwerkingen, elk in zijn huidige versie",
            description = "Gesorteerd op code; naam en doel in de taal van het verzoek (Accept-Language nl of en).")
    List<ActivityResponse> list() {
        return activities.list().stream().map(a -> ActivityResponse.of(a, LocaleContextHolder.getLocale())).toList();
    }

    @GetMapping("/{code}")
    @Operation(operationId = "getProcessingActivity", summary = "Eén verwerking in zijn huidige versie",
            description = "404 als er geen verwerking met deze code is.")
    ActivityResponse get(@PathVariable String code) {
        return ActivityResponse.of(activities.get(code).current(), LocaleContextHolder.getLocale());
    }
}
