package nl.thuisbasis.reports.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report as its reporter follows it: status, public replies, whether it may be reopened; when it last changed, the
 * day by which a first answer is due (while none came) and the day by which it should be dealt with (while open).
 */
record TrackedResponse(String trackingCode, String category, String location, String status, Instant receivedAt,
        List<UpdateResponse> updates, boolean mayReopen, Instant lastChangedAt, LocalDate answerBy, LocalDate resolveBy) {

    /** A public step: the status and the reply that came with it. */
    record UpdateResponse(String status, String note, Instant at) {
    }

    static TrackedResponse from(Tracking.Tracked t) {
        return new TrackedResponse(t.trackingCode(), t.category(), t.location(), t.status(), t.receivedAt(),
                t.updates().stream().map(u -> new UpdateResponse(u.status(), u.note(), u.at())).toList(), t.mayReopen(),
                t.lastChange(), t.answerBy(), t.resolveBy());
    }
}
