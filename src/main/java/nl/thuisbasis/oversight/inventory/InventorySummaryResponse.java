package nl.thuisbasis.oversight.inventory;

import java.time.Instant;
import java.util.UUID;
import nl.thuisbasis.platform.Messages;

/** An inventory in the list: how far it is. */
record InventorySummaryResponse(UUID id, String municipalityCode, String title, Instant startedAt, int locations, int answered) {

    static InventorySummaryResponse from(Inventories.Summary s, Messages messages) {
        return new InventorySummaryResponse(s.id(), s.municipalityCode(), Inventories.title(s.title(), s.startedAt(), messages),
                s.startedAt(), s.locations(), s.answered());
    }
}
