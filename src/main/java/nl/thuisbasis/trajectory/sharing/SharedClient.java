package nl.thuisbasis.trajectory.sharing;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.trajectory.domain.ConsentRules.DataCategory;
import nl.thuisbasis.trajectory.domain.ConsentRules.Purpose;

/** A client who shares something with the partner for a purpose: what, and until when at the latest. */
public record SharedClient(UUID clientId, String name, String providerName, Purpose purpose, Set<DataCategory> categories,
        LocalDate until) {
}
