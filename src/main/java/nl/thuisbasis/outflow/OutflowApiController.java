package nl.thuisbasis.outflow;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/** Outflow to ordinary housing: the contingent preview (split of a region's yearly total over its municipalities). */
@ApiController
@RequestMapping("/api/v1/outflow")
@Tag(name = "Uitstroom", description = "Voorrangsregeling: contingenten per gemeente volgens een verdeelsleutel")
class OutflowApiController {

    private final Contingents contingents;

    OutflowApiController(Contingents contingents) {
        this.contingents = contingents;
    }

    record PreviewBody(String region, Integer year, Integer total, Boolean careLoadCorrection) {
    }

    @PostMapping("/contingents/preview")
    @Operation(operationId = "previewContingents", summary = "Een jaarcontingent over de gemeenten van een regio verdelen (voorbeeld, slaat niets op)",
            description = Contingents.FORMULA)
    Contingents.Preview preview(@RequestBody PreviewBody body) {
        if (body == null || body.region() == null || body.year() == null || body.total() == null) {
            throw ApiException.badRequest("Geef region, year en total.");
        }
        try {
            return contingents.preview(body.region(), body.year(), body.total(), Boolean.TRUE.equals(body.careLoadCorrection()));
        } catch (Contingents.Refused e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "contingent-refused", e.getMessage(),
                    List.of(Map.of("name", "contingent", "reason", e.getMessage())));
        }
    }
}
