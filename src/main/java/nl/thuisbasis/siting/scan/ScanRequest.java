package nl.thuisbasis.siting.scan;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.thuisbasis.facility.FacilityType;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
/** A candidate to scan, as the API receives it (the facility type by its name, in any case). */
record ScanRequest(
        @Schema(requiredMode = REQUIRED) Double lon,
        @Schema(requiredMode = REQUIRED) Double lat,
        @Schema(requiredMode = REQUIRED, implementation = FacilityType.class) String facilityType,
        @Schema(requiredMode = REQUIRED) Integer capacity,
        String address) {
}
