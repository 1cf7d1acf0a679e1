package nl.thuisbasis.oversight.committee;

import java.time.LocalDate;
import java.util.Map;

/** The committee form on the location's page; a member's input is {@code members[PARTY]}. */
record CommitteeForm(Integer version, Boolean committeePresent, Map<String, String> members, String meetingCadence,
        LocalDate lastMeeting, LocalDate nextMeeting, String minutesUrl) {

    Committees.Committee committee() {
        return new Committees.Committee(version, Boolean.TRUE.equals(committeePresent), members, meetingCadence, lastMeeting,
                nextMeeting, minutesUrl);
    }
}
