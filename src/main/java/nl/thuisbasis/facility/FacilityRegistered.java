package nl.thuisbasis.facility;

/**
 * A facility was added to the register (by hand, by an import or from an initiative taken into use); published after
 * the registration commits, for modules that keep something per facility (oversight starts its profile).
 */
public record FacilityRegistered(FacilityId facility, FacilityType type, FacilityStatus status, String municipalityCode,
        boolean contracted) {
}
