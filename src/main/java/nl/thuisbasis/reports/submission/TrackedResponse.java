package nl.thuisbasis.reports.submission;

import java.time.Instant;
import java.util.List;

/** A report as its reporter follows it: status, public replies, whether it may be reopened. */
record TrackedResponse(String trackingCode, String category, String location, String status, Instant receivedAt,
        List<UpdateResponse> updates, boolean mayReopen) {

    /** A public step: the status and the reply that came with it. */
    record UpdateResponse(String status, String note, Instant at) {
    }

    static TrackedResponse from(Tracking.Tracked t) {
        return new TrackedResponse(t.trackingCode(), t.category(), t.location(), t.status(), t.receivedAt(),
                t.updates().stream().map(u -> new UpdateResponse(u.status(), u.note(), u.at())).toList(), t.mayReopen());
    }
}
