package nl.thuisbasis.reports.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One report in the queue, without reporter data and without the description. */
record QueueItemResponse(UUID id, String trackingCode, String category, String location, String facilityId, String status,
        Instant receivedAt, LocalDate acknowledgeBy, LocalDate resolveBy, boolean acknowledgeOverdue, boolean resolveOverdue,
        String routedTo, String routeTarget, String routeContact) {

    static QueueItemResponse from(Handling.QueueItem i) {
        return new QueueItemResponse(i.id(), i.trackingCode(), i.category(), i.location(), i.facilityId(), i.status(),
                i.receivedAt(), i.acknowledgeBy(), i.resolveBy(), i.acknowledgeOverdue(), i.resolveOverdue(), i.routedTo(),
                i.routeTarget(), i.routeContact());
    }
}
