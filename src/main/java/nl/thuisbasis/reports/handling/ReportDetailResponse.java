package nl.thuisbasis.reports.handling;

import java.time.Instant;
import java.util.List;

/** An opened report: with the description, the reporter's e-mail address (if kept) and the status history. */
record ReportDetailResponse(QueueItemResponse item, String description, String locationText, Double lon, Double lat,
        String email, List<ChangeResponse> history) {

    /** One step in the history. */
    record ChangeResponse(String status, String publicNote, String internalNote, String changedBy, Instant changedAt) {
    }

    static ReportDetailResponse from(Handling.Detail d) {
        return new ReportDetailResponse(QueueItemResponse.from(d.item()), d.description(), d.locationText(), d.lon(), d.lat(),
                d.email(), d.history().stream().map(c -> new ChangeResponse(c.status(), c.publicNote(), c.internalNote(),
                        c.changedBy(), c.changedAt())).toList());
    }
}
