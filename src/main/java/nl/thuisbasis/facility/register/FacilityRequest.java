package nl.thuisbasis.facility.register;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.thuisbasis.facility.CapacityUnit;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;
import nl.thuisbasis.platform.Problem;

/**
 * The body of {@code POST} and {@code PUT /api/v1/facilities}. Coded values arrive as text so that a wrong
 * code is reported per field like every other mistake. {@code version} is required for PUT: the version the
 * client last read, so that two people editing the same facility never silently overwrite each other.
 */
record FacilityRequest(
        @Schema(requiredMode = REQUIRED) String name,
        @Schema(requiredMode = REQUIRED, implementation = FacilityType.class) String type,
        @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED), schema = @Schema(implementation = TargetGroup.class)) List<String> targetGroups,
        @Schema(requiredMode = REQUIRED) String providerCode,
        String owner,
        @Schema(requiredMode = REQUIRED) String street,
        @Schema(requiredMode = REQUIRED) String houseNumber,
        @Schema(requiredMode = REQUIRED) String postcode,
        @Schema(requiredMode = REQUIRED) String place,
        @Schema(requiredMode = REQUIRED) Double lon,
        @Schema(requiredMode = REQUIRED) Double lat,
        @Schema(requiredMode = REQUIRED) Integer capacity,
        @Schema(requiredMode = REQUIRED, implementation = CapacityUnit.class) String capacityUnit,
        @Schema(requiredMode = REQUIRED, implementation = FacilityStatus.class) String status,
        LocalDate statusSince,
        LocalDate openedOn,
        LocalDate closedOn,
        Boolean contracted,
        String publicContact,
        String url,
        Boolean secretAddress,
        Boolean publiclyListed,
        Integer version) {

    /** The draft; a code that is no code is added to {@code problems} at its property, and left out of the draft. */
    FacilityDraft toDraft(List<Problem> problems) {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (targetGroups != null) {
            for (String g : targetGroups) {
                TargetGroup group = FacilityQuery.code(TargetGroup.class, "targetGroups", g, problems);
                if (group != null) {
                    groups.add(group);
                }
            }
        }
        return new FacilityDraft(name, FacilityQuery.code(FacilityType.class, "type", type, problems), groups,
                providerCode, owner, street, houseNumber, postcode, place, lon, lat, capacity,
                FacilityQuery.code(CapacityUnit.class, "capacityUnit", capacityUnit, problems),
                FacilityQuery.code(FacilityStatus.class, "status", status, problems), statusSince, openedOn, closedOn,
                Boolean.TRUE.equals(contracted), publicContact, url, Boolean.TRUE.equals(secretAddress),
                Boolean.TRUE.equals(publiclyListed), false);
    }
}
