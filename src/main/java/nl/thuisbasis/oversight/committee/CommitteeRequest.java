package nl.thuisbasis.oversight.committee;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import java.time.LocalDate;
import java.util.Map;

/**
 * The committee as it is now, with the version that was read. Members: party (RESIDENTS, BUSINESSES, PROVIDER,
 * MUNICIPALITY, POLICE, CORPORATION) -> who represents it.
 */
record CommitteeRequest(
        @Schema(requiredMode = REQUIRED) Integer version,
        Boolean present,
        Map<String, String> members,
        String meetingCadence,
        LocalDate lastMeeting,
        LocalDate nextMeeting,
        String minutesUrl) {

    Committees.Committee committee() {
        return new Committees.Committee(version, Boolean.TRUE.equals(present), members, meetingCadence, lastMeeting,
                nextMeeting, minutesUrl);
    }
}
