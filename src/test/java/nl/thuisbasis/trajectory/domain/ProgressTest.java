package nl.thuisbasis.trajectory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.thuisbasis.trajectory.domain.AssessmentRules.DomainScore;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void the_change_of_a_domain_is_against_its_last_score_before_whichever_assessment_had_it() {
        List<Map<String, DomainScore>> history = List.of(
                Map.of("HOUSING", new DomainScore(1, 4, null), "FINANCES", new DomainScore(2, 3, null)),
                Map.of("HOUSING", new DomainScore(2, 4, null)),
                Map.of("HOUSING", new DomainScore(4, 4, null), "FINANCES", new DomainScore(2, 3, null),
                        "JUSTICE", new DomainScore(5, null, null)));
        List<Progress.Change> changes = Progress.sinceLast(List.of("HOUSING", "FINANCES", "JUSTICE", "NEIGHBOURHOOD"), history);
        assertThat(changes).extracting(c -> c.delta().orElse(null)).containsExactly(2, 0, null, null);
        assertThat(changes.getFirst().targetReached()).isTrue();
        assertThat(changes.get(1).targetReached()).isFalse();
        assertThat(changes.get(3).latest()).isNull();
    }

    @Test
    void a_first_assessment_has_nothing_to_compare() {
        assertThat(Progress.sinceLast(List.of("HOUSING"), List.of(Map.of("HOUSING", new DomainScore(3, null, null)))))
                .singleElement().satisfies(c -> assertThat(c.delta()).isEmpty());
        assertThat(Progress.sinceLast(List.of("HOUSING"), List.of())).isEmpty();
    }
}
