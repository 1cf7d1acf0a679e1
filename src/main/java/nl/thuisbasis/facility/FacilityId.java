package nl.thuisbasis.facility;

import java.util.UUID;

/** Identifies a facility. */
public record FacilityId(UUID value) {

    public static FacilityId random() {
        return new FacilityId(UUID.randomUUID());
    }

    /**
     * Reads an id from its text form, e.g. a path variable; throws {@link IllegalArgumentException} for anything that is
     * not a UUID (a path with such an id is a page or resource that does not exist).
     */
    public static FacilityId of(String text) {
        return new FacilityId(UUID.fromString(text));
    }

    /** Reads an id from its text form; empty for anything that is not a UUID. */
    public static java.util.Optional<FacilityId> parse(String text) {
        try {
            return java.util.Optional.of(new FacilityId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
