package nl.thuisbasis.siting.model;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.thuisbasis.siting.Direction;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import java.util.List;

/** A new version of a region's scoring model, as the API receives it. */
record ModelRequest(
        @Schema(requiredMode = REQUIRED) List<IndicatorRequest> indicators,
        @Schema(requiredMode = REQUIRED) Double orangeFrom,
        @Schema(requiredMode = REQUIRED) Double redFrom,
        String note) {

    /** One weighted indicator; the label may be left out (then the one on offer is kept). */
    record IndicatorRequest(
            @Schema(requiredMode = REQUIRED) String key,
            String label,
            @Schema(requiredMode = REQUIRED, implementation = Direction.class) String direction,
            @Schema(requiredMode = REQUIRED) Double weight) {
    }
}
