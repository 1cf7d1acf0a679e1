package nl.thuisbasis.trajectory.sharing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.identity.People;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.trajectory.domain.ConsentRules.DataCategory;
import nl.thuisbasis.trajectory.domain.ConsentRules.Purpose;
import nl.thuisbasis.trajectory.plan.SupportPlans;

/**
 * What a client shares with the caller's organisation for a purpose: who (name, provider), the categories with the day
 * each may be read until, and exactly those categories' data; every other field is absent (null).
 */
record SharedDataResponse(UUID clientId, String name, String provider, Purpose purpose, String purposeName,
        List<SharedGrant> categories, SharedContact contact, SharedHousing housingPerspective, SharedScores lifeDomainScores, SharedPlan supportPlan,
        SharedCrisis crisisPlan, boolean vitalInterest) {

    record SharedGrant(DataCategory category, String name, LocalDate until) {
    }

    record SharedContact(String facility, String keyWorker, String standIn) {
    }

    record SharedHousing(String targetHousing, String preferredMunicipality, String originMunicipality, String originReason,
            String phase, LocalDate phaseSince) {
    }

    record SharedScores(LocalDate assessedOn, List<SharedScore> scores) {
    }

    record SharedScore(String domain, Integer score) {
    }

    record SharedPlan(List<SharedGoal> goals, List<SharedEvaluation> evaluations) {
    }

    record SharedGoal(String domain, Integer startLevel, int targetLevel, String description, String status,
            List<SharedAction> actions) {
    }

    record SharedAction(String description, String owner, LocalDate dueOn, String status) {
    }

    record SharedEvaluation(LocalDate plannedOn, LocalDate heldOn, String outcome) {
    }

    record SharedCrisis(LocalDate agreedOn, List<SharedCrisisPhase> phases) {
    }

    record SharedCrisisPhase(String phase, String signals, String clientDoes, String othersDo,
            List<SharedCrisisContact> contacts) {
    }

    record SharedCrisisContact(String name, String role, String phone) {
    }

    static SharedDataResponse of(SharedView v, Messages messages, People people, java.util.Locale locale) {
        List<SharedGrant> grants = v.until().entrySet().stream().map(e -> new SharedGrant(e.getKey(),
                messages.text("traj.consent.category." + e.getKey().name()), e.getValue())).toList();
        SharedContact contact = v.contact() == null ? null
                : new SharedContact(v.contact().facility(), v.contact().keyWorker(), v.contact().standIn());
        SharedHousing housing = v.housing() == null ? null : new SharedHousing(messages.text("traj.housing." + v.housing().targetHousing().name()),
                v.housing().preferredMunicipality(), v.housing().originMunicipality(), v.housing().originReason(),
                messages.text("traj.phase." + v.housing().phase().name()), v.housing().phaseSince());
        SharedScores scores = v.scores() == null ? null : new SharedScores(v.scores().assessedOn(), v.scores().instrument().domains().stream()
                .map(d -> new SharedScore(d.name(locale), v.scores().scores().containsKey(d.code())
                        ? v.scores().scores().get(d.code()).score() : null)).toList());
        SharedPlan plan = null;
        if (v.plan() != null) {
            Map<String, String> names = SupportPlans.domainNames(v.plan(), locale);
            plan = new SharedPlan(v.plan().goals().stream().map(g -> new SharedGoal(names.getOrDefault(g.domain(), g.domain()),
                    g.startLevel(), g.targetLevel(), g.description(), messages.text("traj.plan.goalStatus." + g.status().name()),
                    v.plan().actionsOf(g.id()).stream().map(a -> new SharedAction(a.description(),
                            a.ownerPerson() != null ? people.nameOf(a.ownerPerson()) : a.ownerPartner(), a.dueOn(),
                            messages.text("traj.plan.actionStatus." + a.status().name()))).toList())).toList(),
                    v.plan().evaluations().stream().map(e -> new SharedEvaluation(e.plannedOn(), e.heldOn(), e.outcome())).toList());
        }
        SharedCrisis crisis = v.crisis() == null ? null : new SharedCrisis(v.crisis().agreedOn(), v.crisis().phases().stream()
                .map(p -> new SharedCrisisPhase(messages.text("traj.crisis.phase." + p.phase().name()), p.signals(), p.clientDoes(),
                        p.othersDo(), p.contacts().stream().map(c -> new SharedCrisisContact(c.name(), c.role(), c.phone())).toList()))
                .toList());
        return new SharedDataResponse(v.clientId(), v.name(), v.providerName(), v.purpose(),
                messages.text("traj.consent.purpose." + v.purpose().name()), grants, contact, housing, scores, plan, crisis,
                v.vitalInterest());
    }
}
