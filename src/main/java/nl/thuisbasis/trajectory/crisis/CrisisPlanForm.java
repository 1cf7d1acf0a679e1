package nl.thuisbasis.trajectory.crisis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.thuisbasis.trajectory.domain.CrisisPhase;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.Arrangements;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.Contact;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.PhasePlan;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.Risk;

/**
 * The crisis plan form: the draft's own fields ({@code phases[2].contacts[0].phone}, {@code risks[1].agreement}), the
 * version that was read (empty for a first plan) and the form's once token. The day of agreement and the confirmation
 * that the plan was made with the client start empty every time: each change is agreed with the client again.
 */
record CrisisPlanForm(LocalDate agreedOn, Boolean madeWithClient, List<PhasePlan> phases, Arrangements arrangements,
        List<Risk> risks, Integer version, String onceToken) {

    /** The form of a client's current plan (or of a first one). */
    static CrisisPlanForm of(Optional<CrisisPlanView> plan) {
        return plan.map(p -> new CrisisPlanForm(null, null, p.phases(), p.arrangements(), p.risks(), p.version(), null))
                .orElse(new CrisisPlanForm(null, null, null, null, null, null, null));
    }

    CrisisPlanRules.Draft draft() {
        return new CrisisPlanRules.Draft(agreedOn, madeWithClient, phases == null ? null : new ArrayList<>(phases),
                arrangements, risks == null ? null : new ArrayList<>(risks));
    }

    /** The same entries with another version: after a refusal as stale, to save over what is there now. */
    CrisisPlanForm withVersion(Integer current) {
        return new CrisisPlanForm(agreedOn, madeWithClient, phases, arrangements, risks, current, null);
    }

    /** What was entered, as the page shows it: every phase in its place with three contact rows, five risk rows. */
    CrisisPlanForm shown() {
        List<PhasePlan> rows = new ArrayList<>();
        for (int i = 0; i < CrisisPhase.values().length; i++) {
            PhasePlan p = phases != null && i < phases.size() && phases.get(i) != null ? phases.get(i)
                    : PhasePlan.empty(CrisisPhase.values()[i]);
            rows.add(new PhasePlan(CrisisPhase.values()[i], p.signals(), p.clientDoes(), p.othersDo(),
                    padded(p.contacts(), CrisisPlanRules.CONTACTS, new Contact(null, null, null))));
        }
        return new CrisisPlanForm(agreedOn, madeWithClient, rows, arrangements == null ? Arrangements.NONE : arrangements,
                padded(risks, CrisisPlanRules.RISKS, new Risk(null, null)), version, onceToken);
    }

    /** A name for the once-only mechanism: the same entries sent twice count once, other entries with the same token do not. */
    String submission() {
        return "trajectory.crisis.save." + Integer.toHexString(java.util.Objects.hash(draft(), version));
    }

    private static <T> List<T> padded(List<T> list, int size, T empty) {
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            rows.add(list != null && i < list.size() && list.get(i) != null ? list.get(i) : empty);
        }
        return rows;
    }
}
