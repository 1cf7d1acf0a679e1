package nl.thuisbasis.outflow.contingent;

import java.time.Instant;
import java.util.List;

/** A contingent as decided for a year, with its split over the municipalities. */
record ContingentResponse(String region, int year, int total, boolean careLoadCorrection, String decidedBy, String recordedBy,
        Instant recordedAt, List<Share> shares) {

    record Share(String municipalityCode, String municipalityName, long households, double factor, double exact, int contingent) {
    }

    static ContingentResponse from(Contingents.Decided d) {
        return new ContingentResponse(d.region(), d.year(), d.total(), d.careLoadCorrection(), d.decidedBy(), d.recordedBy(),
                d.recordedAt(), d.shares().stream().map(s -> new Share(s.municipalityCode(), s.municipalityName(), s.households(),
                        s.factor(), s.exact(), s.contingent())).toList());
    }
}
