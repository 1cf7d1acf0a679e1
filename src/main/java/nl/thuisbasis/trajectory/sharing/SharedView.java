package nl.thuisbasis.trajectory.sharing;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.trajectory.assessment.Assessments;
import nl.thuisbasis.trajectory.crisis.CrisisPlanView;
import nl.thuisbasis.trajectory.domain.ConsentRules.DataCategory;
import nl.thuisbasis.trajectory.domain.ConsentRules.Purpose;
import nl.thuisbasis.trajectory.domain.Phase;
import nl.thuisbasis.trajectory.domain.TargetHousing;
import nl.thuisbasis.trajectory.plan.SupportPlans;

/**
 * What a partner sees of a client: who the client is (name, their provider) and exactly the categories it may read,
 * each with the day it may read it until; every other part is null. Built only by {@link Sharing}, which checked and
 * logged each category.
 */
public record SharedView(UUID clientId, String name, String providerName, Purpose purpose, Map<DataCategory, LocalDate> until,
        Contact contact, Housing housing, Assessments.Basis scores, SupportPlans.Plan plan, CrisisPlanView crisis,
        boolean vitalInterest) {

    /** How to reach the client: where they live now and who their key worker and stand-in are. */
    public record Contact(String facility, String keyWorker, String standIn) {
    }

    /** Where the client wants to live and how far they are on the way (municipalities by name). */
    public record Housing(TargetHousing targetHousing, String preferredMunicipality, String originMunicipality,
            String originReason, Phase phase, LocalDate phaseSince) {
    }

    public Set<DataCategory> categories() {
        return until.keySet();
    }

    public boolean has(String category) {
        return until.containsKey(DataCategory.valueOf(category));
    }
}
