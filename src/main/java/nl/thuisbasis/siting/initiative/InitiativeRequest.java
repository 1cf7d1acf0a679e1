package nl.thuisbasis.siting.initiative;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.thuisbasis.facility.CapacityUnit;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import java.util.List;

/** A new initiative as the API receives it; the enumerations by name, in any case. */
record InitiativeRequest(
        @Schema(requiredMode = REQUIRED) String name,
        @Schema(requiredMode = REQUIRED) String providerCode,
        @Schema(requiredMode = REQUIRED, implementation = FacilityType.class) String facilityType,
        @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED), schema = @Schema(implementation = TargetGroup.class)) List<String> targetGroups,
        @Schema(requiredMode = REQUIRED) Integer capacity,
        @Schema(implementation = CapacityUnit.class) String capacityUnit,
        @Schema(requiredMode = REQUIRED) String street,
        @Schema(requiredMode = REQUIRED) String houseNumber,
        @Schema(requiredMode = REQUIRED) String postcode,
        @Schema(requiredMode = REQUIRED) String place,
        @Schema(requiredMode = REQUIRED) Double lon,
        @Schema(requiredMode = REQUIRED) Double lat) {
}
