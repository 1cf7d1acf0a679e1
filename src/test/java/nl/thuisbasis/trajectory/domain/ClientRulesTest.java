package nl.thuisbasis.trajectory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.thuisbasis.platform.Problem;
import org.junit.jupiter.api.Test;

class ClientRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final Set<String> MUNICIPALITIES = Set.of("GM0505", "GM0590");
    static final Set<String> STAFF = Set.of("begeleider", "collega");

    static ClientRules.Draft draft(String number, String preferred, String origin, String reason, String keyWorker, String standIn) {
        return new ClientRules.Draft("Sam de Vries", LocalDate.of(1994, 3, 14), number, TargetHousing.TENANCY_WITH_CARE,
                preferred, origin, reason, null, keyWorker, standIn);
    }

    static List<String> fields(ClientRules.Draft d) {
        return ClientRules.problems(d, TODAY, MUNICIPALITIES, STAFF, true).stream().map(Problem::field).toList();
    }

    @Test
    void a_complete_registration_has_no_problems() {
        assertThat(fields(draft("K-2026-001", "GM0505", "GM0505", null, "begeleider", "collega"))).isEmpty();
    }

    @Test
    void a_bsn_is_never_a_client_number() {
        List<Problem> problems = ClientRules.problems(draft("123456782", null, null, null, "begeleider", null), TODAY,
                MUNICIPALITIES, STAFF, true);
        assertThat(problems).extracting(Problem::key).containsExactly("trajectory.client.problem.clientNumber.bsn");
    }

    @Test
    void another_municipality_than_the_one_of_origin_needs_a_reason() {
        assertThat(fields(draft("K1", "GM0590", "GM0505", " ", "begeleider", null))).containsExactly("originReason");
        assertThat(fields(draft("K1", "GM0590", "GM0505", "Netwerk van de cliënt woont in Papendrecht", "begeleider", null))).isEmpty();
    }

    @Test
    void key_worker_and_stand_in_are_two_people_of_the_provider() {
        assertThat(fields(draft("K1", null, null, null, "iemand-anders", "begeleider"))).containsExactly("keyWorker");
        assertThat(fields(draft("K1", null, null, null, "begeleider", "begeleider"))).containsExactly("standIn");
        assertThat(fields(draft("K1", null, null, null, null, null))).containsExactly("keyWorker");
    }

    @Test
    void everything_missing_is_said_at_once() {
        ClientRules.Draft empty = new ClientRules.Draft(null, null, null, null, "GM9999", null, null, "x", null, null);
        assertThat(ClientRules.problems(empty, TODAY, MUNICIPALITIES, STAFF, false)).extracting(Problem::field)
                .containsExactly("name", "birthDate", "clientNumber", "preferredMunicipality", "facilityId", "keyWorker");
    }

    @Test
    void a_phase_changes_to_another_phase_on_a_day_between_the_current_phase_and_today() {
        LocalDate since = TODAY.minusDays(10);
        assertThat(ClientRules.phaseProblems(Phase.INTAKE, since, Phase.IN_FACILITY, TODAY, TODAY)).isEmpty();
        assertThat(ClientRules.phaseProblems(Phase.INTAKE, since, Phase.INTAKE, TODAY, TODAY)).extracting(Problem::key)
                .containsExactly("trajectory.client.problem.phase.same");
        assertThat(ClientRules.phaseProblems(Phase.INTAKE, since, Phase.IN_FACILITY, since.minusDays(1), TODAY))
                .extracting(Problem::key).containsExactly("trajectory.client.problem.phase.date.beforeCurrent");
        assertThat(ClientRules.phaseProblems(Phase.INTAKE, since, null, null, TODAY)).hasSize(2);
    }
}
