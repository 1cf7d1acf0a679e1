package nl.thuisbasis.planning.ambition;

import java.util.List;

/** An ambition split over the region's municipalities (fair shares) against their bids. */
record DistributionResponse(String region, String housingType, int year, int ambition, boolean careLoadCorrection, int bids,
        List<FairShareResponse> municipalities) {

    /** One municipality's fair share and bid. */
    record FairShareResponse(String municipality, String name, long households, int careplaces, double factor, double exact,
            int fairShare, Integer bid, int shortfall) {
    }
}
