package nl.thuisbasis.oversight.location;

import java.util.UUID;
import nl.thuisbasis.facility.FacilityId;

/**
 * A location under oversight, in a path: the id of its facility. {@link #of} refuses what is no UUID, so a malformed
 * id in a URL is a page or resource that does not exist (404) before anything reaches SQL.
 */
public record LocationId(UUID value) {

    public LocationId {
        java.util.Objects.requireNonNull(value, "value");
    }

    /** Reads an id; throws IllegalArgumentException for anything that is no UUID. */
    public static LocationId of(String text) {
        if (text == null || text.length() != 36) {
            throw new IllegalArgumentException("not a location id");
        }
        return new LocationId(UUID.fromString(text));
    }

    public static LocationId of(FacilityId facility) {
        return new LocationId(facility.value());
    }

    public FacilityId facility() {
        return new FacilityId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
