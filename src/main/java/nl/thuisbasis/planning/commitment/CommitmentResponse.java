package nl.thuisbasis.planning.commitment;

import java.time.Instant;
import java.util.UUID;

/** A corporation's commitment of dwellings for outflow. */
record CommitmentResponse(UUID id, String region, String corporation, String corporationName, String municipality,
        String municipalityName, int year, int dwellings, String note, int version, Instant updatedAt) {
}
