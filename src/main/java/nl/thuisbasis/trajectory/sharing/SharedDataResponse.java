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
        List<Grant> categories, Contact contact, Housing housingPerspective, Scores lifeDomainScores, Plan supportPlan,
        Crisis crisisPlan, boolean vitalInterest) {

    record Grant(DataCategory category, String name, LocalDate until) {
    }

    record Contact(String facility, String keyWorker, String standIn) {
    }

    record Housing(String targetHousing, String preferredMunicipality, String originMunicipality, String originReason,
            String phase, LocalDate phaseSince) {
    }

    record Scores(LocalDate assessedOn, List<Score> scores) {
    }

    record Score(String domain, Integer score) {
    }

    record Plan(List<Goal> goals, List<Evaluation> evaluations) {
    }

    record Goal(String domain, Integer startLevel, int targetLevel, String description, String status, List<Action> actions) {
    }

    record Action(String description, String owner, LocalDate dueOn, String status) {
    }

    record Evaluation(LocalDate plannedOn, LocalDate heldOn, String outcome) {
    }

    record Crisis(LocalDate agreedOn, List<CrisisPhase> phases) {
    }

    record CrisisPhase(String phase, String signals, String clientDoes, String othersDo, List<CrisisContact> contacts) {
    }

    record CrisisContact(String name, String role, String phone) {
    }

    static SharedDataResponse of(SharedView v, Messages messages, People people, java.util.Locale locale) {
        List<Grant> grants = v.until().entrySet().stream().map(e -> new Grant(e.getKey(),
                messages.text("traj.consent.category." + e.getKey().name()), e.getValue())).toList();
        Contact contact = v.contact() == null ? null
                : new Contact(v.contact().facility(), v.contact().keyWorker(), v.contact().standIn());
        Housing housing = v.housing() == null ? null : new Housing(messages.text("traj.housing." + v.housing().targetHousing().name()),
                v.housing().preferredMunicipality(), v.housing().originMunicipality(), v.housing().originReason(),
                messages.text("traj.phase." + v.housing().phase().name()), v.housing().phaseSince());
        Scores scores = v.scores() == null ? null : new Scores(v.scores().assessedOn(), v.scores().instrument().domains().stream()
                .map(d -> new Score(d.name(locale), v.scores().scores().containsKey(d.code())
                        ? v.scores().scores().get(d.code()).score() : null)).toList());
        Plan plan = null;
        if (v.plan() != null) {
            Map<String, String> names = SupportPlans.domainNames(v.plan(), locale);
            plan = new Plan(v.plan().goals().stream().map(g -> new Goal(names.getOrDefault(g.domain(), g.domain()),
                    g.startLevel(), g.targetLevel(), g.description(), messages.text("traj.plan.goalStatus." + g.status().name()),
                    v.plan().actionsOf(g.id()).stream().map(a -> new Action(a.description(),
                            a.ownerPerson() != null ? people.nameOf(a.ownerPerson()) : a.ownerPartner(), a.dueOn(),
                            messages.text("traj.plan.actionStatus." + a.status().name()))).toList())).toList(),
                    v.plan().evaluations().stream().map(e -> new Evaluation(e.plannedOn(), e.heldOn(), e.outcome())).toList());
        }
        Crisis crisis = v.crisis() == null ? null : new Crisis(v.crisis().agreedOn(), v.crisis().phases().stream()
                .map(p -> new CrisisPhase(messages.text("traj.crisis.phase." + p.phase().name()), p.signals(), p.clientDoes(),
                        p.othersDo(), p.contacts().stream().map(c -> new CrisisContact(c.name(), c.role(), c.phone())).toList()))
                .toList());
        return new SharedDataResponse(v.clientId(), v.name(), v.providerName(), v.purpose(),
                messages.text("traj.consent.purpose." + v.purpose().name()), grants, contact, housing, scores, plan, crisis,
                v.vitalInterest());
    }
}
