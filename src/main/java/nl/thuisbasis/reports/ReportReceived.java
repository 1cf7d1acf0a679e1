package nl.thuisbasis.reports;

import java.time.LocalDate;
import java.util.UUID;
import nl.thuisbasis.facility.FacilityId;

/**
 * A neighbour's report was received and routed: about which facility (null when the reporter did not know), in which
 * municipality, of which category, into which queue, and by when it must be acknowledged and resolved. Published
 * after it is stored, for modules that follow how reports are handled (indicators, oversight). No reporter data.
 */
public record ReportReceived(UUID report, FacilityId facility, String municipalityCode, String category, String queue,
        LocalDate acknowledgeBy, LocalDate resolveBy) {
}
