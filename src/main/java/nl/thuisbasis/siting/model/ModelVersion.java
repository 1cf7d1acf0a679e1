package nl.thuisbasis.siting.model;

import java.time.Instant;
import nl.thuisbasis.siting.domain.ScoringModel;

/**
 * A model version with who made it, when and why. The first version of a region is made by the system from the
 * default weights ({@link #initial()}); its note is then shown from the bundles, so versions stored with the Dutch
 * note of earlier releases read the same.
 */
public record ModelVersion(ScoringModel model, String createdBy, Instant createdAt, String note) {

    /** Who makes a region's first model. */
    static final String SYSTEM = "systeem";

    /** The note earlier releases stored with the first model. */
    static final String OLD_INITIAL_NOTE = "Beginmodel met de standaardgewichten";

    /** Whether the system made this version from the default weights. */
    public boolean initial() {
        return SYSTEM.equals(createdBy) && (note == null || OLD_INITIAL_NOTE.equals(note));
    }
}
