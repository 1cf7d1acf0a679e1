package nl.thuisbasis.planning.ambition;

import java.time.Instant;
import java.util.UUID;

/** A region's ambition for one housing type and year. */
record AmbitionResponse(UUID id, String region, String housingType, int year, int places, boolean careLoadCorrection, String note,
        int version, Instant updatedAt) {

    static AmbitionResponse from(AmbitionRepository.Ambition a) {
        return new AmbitionResponse(a.id(), a.region(), a.type().name(), a.year(), a.places(), a.careLoadCorrection(), a.note(),
                a.version(), a.updatedAt());
    }
}
