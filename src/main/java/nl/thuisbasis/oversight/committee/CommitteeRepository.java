package nl.thuisbasis.oversight.committee;

import java.time.LocalDate;
import java.util.Map;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.oversight.domain.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of a location's management committee: its facts on the profile and its members by party. */
@Repository
class CommitteeRepository {

    private final JdbcClient jdbc;

    CommitteeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Updates the committee when the profile still has the version read; the number of rows changed. */
    int update(FacilityId facility, int version, boolean present, Iterable<Party> parties, String cadence, LocalDate lastMeeting,
            LocalDate nextMeeting, String minutesUrl, String actor) {
        StringBuilder array = new StringBuilder("{");
        for (Party party : parties) {
            array.append(array.length() > 1 ? "," : "").append(party.name());
        }
        return jdbc.sql("""
                update oversight_profile set committee_present = ?, committee_parties = ?::varchar[], meeting_cadence = ?,
                    last_meeting = ?, next_meeting = ?, minutes_url = ?, version = version + 1, updated_by = ?, updated_at = now()
                where facility_id = ? and version = ?""")
                .params(present, array.append('}').toString(), cadence, lastMeeting, nextMeeting, minutesUrl, actor,
                        facility.value(), version)
                .update();
    }

    void replaceMembers(FacilityId facility, Map<Party, String> members) {
        jdbc.sql("delete from committee_member where facility_id = ?").param(facility.value()).update();
        members.forEach((party, who) -> jdbc.sql("insert into committee_member (facility_id, party, represented_by) values (?, ?, ?)")
                .params(facility.value(), party.name(), who).update());
    }
}
