package nl.thuisbasis.siting.initiative;

import java.util.List;

/** A new initiative as the API receives it; the enumerations by name, in any case. */
record InitiativeRequest(String name, String providerCode, String facilityType, List<String> targetGroups,
        Integer capacity, String capacityUnit, String street, String houseNumber, String postcode, String place,
        Double lon, Double lat) {
}
