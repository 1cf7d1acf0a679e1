package nl.thuisbasis.facility.register;

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
record FacilityRequest(String name, String type, List<String> targetGroups, String providerCode, String owner,
        String street, String houseNumber, String postcode, String place, Double lon, Double lat, Integer capacity,
        String capacityUnit, String status, LocalDate statusSince, LocalDate openedOn, LocalDate closedOn,
        Boolean contracted, String publicContact, String url, Boolean secretAddress, Boolean publiclyListed,
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
