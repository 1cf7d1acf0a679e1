package nl.thuisbasis.planning.ambition;

import java.time.Instant;
import java.util.UUID;

/** A municipality's bid for one housing type and year. */
record BidResponse(UUID id, String region, String municipality, String municipalityName, String housingType, int year, int places,
        String note, int version, Instant updatedAt) {

    static BidResponse from(AmbitionRepository.Bid b, String municipalityName) {
        return new BidResponse(b.id(), b.region(), b.municipality(), municipalityName, b.type().name(), b.year(), b.places(),
                b.note(), b.version(), b.updatedAt());
    }
}
