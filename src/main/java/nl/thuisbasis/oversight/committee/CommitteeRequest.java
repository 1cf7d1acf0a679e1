package nl.thuisbasis.oversight.committee;

import java.time.LocalDate;
import java.util.Map;

/**
 * The committee as it is now, with the version that was read. Members: party (RESIDENTS, BUSINESSES, PROVIDER,
 * MUNICIPALITY, POLICE, CORPORATION) -> who represents it.
 */
record CommitteeRequest(Integer version, Boolean present, Map<String, String> members, String meetingCadence,
        LocalDate lastMeeting, LocalDate nextMeeting, String minutesUrl) {

    Committees.Committee committee() {
        return new Committees.Committee(version, Boolean.TRUE.equals(present), members, meetingCadence, lastMeeting,
                nextMeeting, minutesUrl);
    }
}
