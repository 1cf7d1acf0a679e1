package nl.thuisbasis.oversight.overview;

import java.time.LocalDate;
import nl.thuisbasis.oversight.improvement.Improvements;

/** An action of an improvement track past its deadline, with its location. */
record OverdueActionResponse(String facilityId, String facilityName, String description, String owner, LocalDate deadline,
        String status) {

    static OverdueActionResponse from(Improvements.OverdueAction a) {
        return new OverdueActionResponse(a.facilityId(), a.facilityName(), a.description(), a.owner(), a.deadline(), a.status());
    }
}
