package nl.thuisbasis.oversight.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Inputs;
import nl.thuisbasis.oversight.domain.Party;
import nl.thuisbasis.oversight.location.LocationId;
import nl.thuisbasis.oversight.location.Locations;
import nl.thuisbasis.oversight.location.OversightProfile;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The management committee (beheercommissie) of a location as it is now: who represents which party, how often it
 * meets, its last and next meeting and where its minutes are. Kept by the location's managers and its own provider,
 * with the version they read.
 */
@Service
class Committees {

    static final int MAX_MEMBER = 300;
    static final int MAX_CADENCE = 100;
    static final int MAX_URL = 300;

    private final CommitteeRepository repository;
    private final Locations locations;
    private final ProcessingLog log;

    Committees(CommitteeRepository repository, Locations locations, ProcessingLog log) {
        this.repository = repository;
        this.locations = locations;
        this.log = log;
    }

    /** The committee as entered. Members: party code -> who represents it (a party left empty is not on it). */
    record Committee(Integer version, boolean present, Map<String, String> members, String meetingCadence,
            LocalDate lastMeeting, LocalDate nextMeeting, String minutesUrl) {
    }

    /** Everything wrong with the committee as entered (fields as in the API; a member's field is {@code members[PARTY]}). */
    static List<Problem> problems(Committee c) {
        List<Problem> problems = new ArrayList<>();
        if (c.version() == null) {
            problems.add(Problem.at("version", "oversight.problem.version.missing"));
        }
        Map<Party, String> kept = members(c, problems);
        if (c.present() && kept.isEmpty()) {
            problems.add(Problem.at("members", "oversight.problem.committee.noParty"));
        }
        Inputs.date(problems, "lastMeeting", c.lastMeeting());
        Inputs.date(problems, "nextMeeting", c.nextMeeting());
        if (c.lastMeeting() != null && c.lastMeeting().isAfter(LocalDate.now())) {
            problems.add(Problem.at("lastMeeting", "oversight.problem.committee.lastMeeting.future"));
        }
        if (c.lastMeeting() != null && c.nextMeeting() != null && !c.nextMeeting().isAfter(c.lastMeeting())) {
            problems.add(Problem.at("nextMeeting", "oversight.problem.committee.nextMeeting.order"));
        }
        String cadence = Inputs.blank(c.meetingCadence());
        if (cadence != null && cadence.length() > MAX_CADENCE) {
            problems.add(Problem.at("meetingCadence", "oversight.problem.committee.cadence.long", MAX_CADENCE));
        } else {
            Inputs.text(problems, "meetingCadence", c.meetingCadence(), MAX_CADENCE);
        }
        String url = Inputs.blank(c.minutesUrl());
        if (url != null && (url.length() > MAX_URL || !url.matches("https?://\\S+"))) {
            problems.add(Problem.at("minutesUrl", "oversight.problem.committee.minutesUrl"));
        } else {
            Inputs.text(problems, "minutesUrl", c.minutesUrl(), MAX_URL);
        }
        return problems;
    }

    /** The parties with someone representing them; what is wrong with the others goes to {@code problems}. */
    private static Map<Party, String> members(Committee c, List<Problem> problems) {
        Map<Party, String> kept = new EnumMap<>(Party.class);
        for (Map.Entry<String, String> m : (c.members() == null ? Map.<String, String>of() : c.members()).entrySet()) {
            String who = Inputs.blank(m.getValue());
            if (who == null) {
                continue;
            }
            Party party = party(m.getKey());
            if (party == null) {
                String shown = m.getKey().length() > 40 ? m.getKey().substring(0, 40) + "…" : m.getKey();
                problems.add(Problem.at("members", "oversight.problem.committee.party", shown));
                continue;
            }
            String field = "members[" + party.name() + "]";
            if (who.length() > MAX_MEMBER) {
                problems.add(Problem.at(field, "oversight.problem.committee.member.long", MAX_MEMBER));
            } else {
                Inputs.text(problems, field, m.getValue(), MAX_MEMBER);
            }
            kept.put(party, who);
        }
        return kept;
    }

    private static Party party(String code) {
        for (Party party : Party.values()) {
            if (party.name().equals(code)) {
                return party;
            }
        }
        return null;
    }

    @Transactional(readOnly = true)
    List<Problem> problems(CurrentUser user, LocationId id, Committee committee) {
        locations.editable(user, id);
        return problems(committee);
    }

    @Transactional
    OversightProfile update(CurrentUser user, LocationId id, Committee c) {
        Facility facility = locations.editable(user, id);
        locations.ensure(facility, user.getUsername());
        Refused.unless(problems(c), Locations.REFUSED);
        Map<Party, String> kept = members(c, new ArrayList<>());
        Locations.versioned(repository.update(facility.id(), c.version(), c.present(), kept.keySet(),
                Inputs.blank(c.meetingCadence()), c.lastMeeting(), c.nextMeeting(), Inputs.blank(c.minutesUrl()),
                user.getUsername()));
        repository.replaceMembers(facility.id(), kept);
        log.record(Processing.of("oversight.committee", "facility", id.toString(), Locations.PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return locations.read(facility);
    }
}
