package nl.thuisbasis.facility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.thuisbasis.facility.domain.FieldProblem;

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

    FacilityDraft toDraft(List<FieldProblem> problems) {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (targetGroups != null) {
            for (String g : targetGroups) {
                TargetGroup group = parse(TargetGroup.class, "targetGroups", g, problems);
                if (group != null) {
                    groups.add(group);
                }
            }
        }
        return new FacilityDraft(name, parse(FacilityType.class, "type", type, problems), groups, providerCode, owner,
                street, houseNumber, postcode, place, lon, lat, capacity,
                parse(CapacityUnit.class, "capacityUnit", capacityUnit, problems),
                parse(FacilityStatus.class, "status", status, problems), statusSince, openedOn, closedOn,
                Boolean.TRUE.equals(contracted), publicContact, url, Boolean.TRUE.equals(secretAddress),
                Boolean.TRUE.equals(publiclyListed), false);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            problems.add(new FieldProblem(field, "'" + value + "' is geen geldige waarde; kies uit " + String.join(", ", allowed) + "."));
            return null;
        }
    }
}
