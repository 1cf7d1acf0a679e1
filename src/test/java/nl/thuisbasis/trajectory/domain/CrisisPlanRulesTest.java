package nl.thuisbasis.trajectory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.Arrangements;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.Contact;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.Draft;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.PhasePlan;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.Risk;
import org.junit.jupiter.api.Test;

class CrisisPlanRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    static List<String> fields(Draft d) {
        return CrisisPlanRules.problems(d, TODAY).stream().map(Problem::field).toList();
    }

    static Draft withPhases(List<PhasePlan> phases) {
        return new Draft(TODAY, true, phases, null, null);
    }

    static Draft withContact(Contact contact) {
        return withPhases(List.of(new PhasePlan(CrisisPhase.CRISIS, "Signaal", null, null, List.of(contact))));
    }

    @Test
    void an_ordinary_plan_and_one_with_every_field_at_its_longest_have_no_problems() {
        assertThat(fields(CrisisPlanSamples.ordinary(TODAY))).isEmpty();
        assertThat(fields(CrisisPlanSamples.longest(TODAY))).isEmpty();
    }

    @Test
    void the_plan_is_agreed_with_the_client_on_a_day_not_in_the_future() {
        Draft plan = CrisisPlanSamples.ordinary(TODAY);
        assertThat(CrisisPlanRules.problems(new Draft(null, null, plan.phases(), null, null), TODAY))
                .extracting(Problem::key).containsExactly("trajectory.crisis.problem.agreedOn.required",
                        "trajectory.crisis.problem.madeWithClient.required");
        assertThat(fields(new Draft(TODAY.plusDays(1), false, plan.phases(), null, null)))
                .containsExactly("agreedOn", "madeWithClient");
        assertThat(CrisisPlanRules.problems(new Draft(LocalDate.of(1, 1, 1), true, plan.phases(), null, null), TODAY))
                .extracting(Problem::key).containsExactly("problem.date.range");
    }

    @Test
    void a_plan_says_something_about_at_least_one_phase() {
        assertThat(fields(withPhases(null))).containsExactly("phases");
        assertThat(fields(new Draft(TODAY, true, List.of(PhasePlan.empty(CrisisPhase.CALM)),
                new Arrangements("Buurman haalt de post", null, null, null), List.of(new Risk("Schulden", "Budgetbeheer")))))
                .containsExactly("phases");
    }

    @Test
    void texts_fit_their_field_and_hold_no_control_characters() {
        String tooLong = "x".repeat(CrisisPlanRules.TEXT_LENGTH + 1);
        assertThat(fields(withPhases(List.of(new PhasePlan(CrisisPhase.CALM, tooLong, "nul\u0000", " ok ", null)))))
                .containsExactly("phases[0].signals", "phases[0].clientDoes");
        assertThat(fields(new Draft(TODAY, true, CrisisPlanSamples.ordinary(TODAY).phases(),
                new Arrangements("x".repeat(CrisisPlanRules.ARRANGEMENT_LENGTH + 1), null, "bel\u0007", null), null)))
                .containsExactly("arrangements.post", "arrangements.keys");
    }

    @Test
    void each_phase_once_and_at_most_three_contacts() {
        assertThat(fields(withPhases(List.of(new PhasePlan(CrisisPhase.CALM, "a", null, null, null),
                new PhasePlan(CrisisPhase.CALM, "b", null, null, null), new PhasePlan(null, "c", null, null, null)))))
                .containsExactly("phases[1].phase", "phases[2].phase");
        List<PhasePlan> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(new PhasePlan(CrisisPhase.CALM, "a", null, null, null));
        }
        assertThat(fields(withPhases(five))).containsExactly("phases");
        Contact c = new Contact("Pim", null, "0612345678");
        assertThat(fields(withPhases(List.of(new PhasePlan(CrisisPhase.CRISIS, "a", null, null, List.of(c, c, c, c))))))
                .containsExactly("phases[0].contacts");
    }

    @Test
    void a_contact_has_a_name_and_a_phone_number() {
        assertThat(fields(withContact(new Contact(null, null, null)))).as("an empty row is no contact").isEmpty();
        assertThat(fields(withContact(new Contact(null, "Zus", null))))
                .containsExactly("phases[0].contacts[0].name", "phases[0].contacts[0].phone");
        assertThat(fields(withContact(new Contact("Ria", null, "bel me")))).containsExactly("phases[0].contacts[0].phone");
        assertThat(fields(withContact(new Contact("Ria", "x".repeat(CrisisPlanRules.ROLE_LENGTH + 1), "0612345678"))))
                .containsExactly("phases[0].contacts[0].role");
        assertThat(fields(withContact(new Contact("Ria", null, "06123\u00004567")))).containsExactly("phases[0].contacts[0].phone");
    }

    @Test
    void phone_numbers_are_read_loosely_but_are_phone_numbers() {
        for (String ok : new String[] {"0612345678", "06-12345678", "+31 6 1234 5678", "(078) 123 45 67", "0031612345678",
                "112", "113", "14 078", "0900-8844", "0800 0113"}) {
            assertThat(CrisisPlanRules.phone(ok)).as(ok).isTrue();
        }
        for (String bad : new String[] {"", "12345", "06-1234", "0612345678x", "+31 6 1234 5678 9012 34", "06+12345678",
                "+112", "1234567890123456", "ring me"}) {
            assertThat(CrisisPlanRules.phone(bad)).as(bad).isFalse();
        }
    }

    @Test
    void a_risk_factor_has_an_agreement_and_there_are_at_most_five() {
        Draft plan = CrisisPlanSamples.ordinary(TODAY);
        assertThat(fields(new Draft(TODAY, true, plan.phases(), null,
                List.of(new Risk("Schulden", null), new Risk(null, null), new Risk(" ", "Afspraak")))))
                .containsExactly("risks[0].agreement", "risks[2].risk");
        List<Risk> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new Risk("r", "a"));
        }
        assertThat(fields(new Draft(TODAY, true, plan.phases(), null, six))).containsExactly("risks");
    }

    @Test
    void the_stored_plan_has_every_phase_in_order_and_no_empty_rows() {
        Draft entered = new Draft(TODAY, true, List.of(
                new PhasePlan(CrisisPhase.CRISIS, "  Neemt niet op ", " ", null,
                        List.of(new Contact(null, null, null), new Contact(" Ria ", "", "0612345678")))),
                null, List.of(new Risk(null, null), new Risk("Schulden", "Budgetbeheer")));
        Draft stored = CrisisPlanRules.normalised(entered);
        assertThat(stored.phases()).extracting(PhasePlan::phase).containsExactly(CrisisPhase.values());
        PhasePlan crisis = stored.phases().get(2);
        assertThat(crisis.signals()).isEqualTo("Neemt niet op");
        assertThat(crisis.clientDoes()).isNull();
        assertThat(crisis.contacts()).containsExactly(new Contact("Ria", null, "0612345678"));
        assertThat(stored.phases().get(0).isEmpty()).isTrue();
        assertThat(stored.risks()).containsExactly(new Risk("Schulden", "Budgetbeheer"));
        assertThat(stored.arrangements()).isEqualTo(Arrangements.NONE);
    }
}
