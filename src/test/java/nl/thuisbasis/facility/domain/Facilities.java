package nl.thuisbasis.facility.domain;

import java.time.Instant;
import java.util.Set;
import nl.thuisbasis.facility.CapacityUnit;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;

/** Test facilities for the policy tests. */
final class Facilities {

    private Facilities() {
    }

    static Facility facility(String provider, String municipality, String pc4, FacilityType type, int capacity,
            FacilityStatus status, boolean secret, boolean listed) {
        return new Facility(FacilityId.random(), "Voorziening " + provider + " " + pc4, type, Set.of(TargetGroup.HOMELESS),
                provider, "Trivire", "Teststraat", "1", pc4 + "AB", "Dordrecht", 4.67, 51.81, capacity,
                CapacityUnit.PLACES, status, null, null, null, true, null, null, secret, listed, false, municipality,
                "WK050501", "BU05050100", pc4, 0, Instant.now(), "test");
    }

    static Facility inUse(String provider, String pc4, int capacity) {
        return facility(provider, "GM0505", pc4, FacilityType.NIGHT_SHELTER, capacity, FacilityStatus.IN_USE, false, false);
    }
}
