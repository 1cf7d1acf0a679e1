package nl.thuisbasis.trajectory.crisis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.Arrangements;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.PhasePlan;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.Risk;

/**
 * A client's current crisis plan: every phase once, in order; who changed it last and when; the day it was agreed with
 * the client; and the version a change must name (a change of an older version is refused).
 */
public record CrisisPlanView(UUID clientId, LocalDate agreedOn, List<PhasePlan> phases, Arrangements arrangements,
        List<Risk> risks, String changedBy, Instant changedAt, int version) {

    /** The contacts of every phase, without repeats (the same person in two phases is one key contact). */
    public List<CrisisPlanRules.Contact> keyContacts() {
        return phases.stream().flatMap(p -> p.contacts().stream()).distinct().toList();
    }

    /**
     * The plan as a draft to change: its contents, but not the day of agreement and not the confirmation that it was
     * made with the client; both are given again with every change.
     */
    public CrisisPlanRules.Draft draft() {
        return new CrisisPlanRules.Draft(null, null, phases, arrangements, risks);
    }
}
