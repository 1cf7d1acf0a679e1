package nl.thuisbasis.trajectory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.trajectory.domain.AssessmentRules.DomainScore;
import org.junit.jupiter.api.Test;

class AssessmentRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final LocalDate BORN = LocalDate.of(1990, 5, 1);
    static final Instrument INSTRUMENT = new Instrument("t", 1, List.of(domain("HOUSING"), domain("FINANCES")));

    static Instrument.Domain domain(String code) {
        return new Instrument.Domain(code, code, code, List.of(new Instrument.Level(1, "a", "a"), new Instrument.Level(2, "a", "a"),
                new Instrument.Level(3, "a", "a"), new Instrument.Level(4, "a", "a"), new Instrument.Level(5, "a", "a")));
    }

    static List<String> keys(LocalDate on, LocalDate from, Map<String, DomainScore> scores) {
        return AssessmentRules.problems(INSTRUMENT, on, from, BORN, TODAY, scores).stream().map(Problem::key).toList();
    }

    @Test
    void an_assessment_with_one_domain_scored_is_fine_and_the_other_may_stay_empty() {
        Map<String, DomainScore> scores = new LinkedHashMap<>();
        scores.put("HOUSING", new DomainScore(2, 4, "Woont in de opvang"));
        scores.put("FINANCES", new DomainScore(null, null, null));
        assertThat(keys(TODAY, null, scores)).isEmpty();
    }

    @Test
    void a_date_is_needed_and_lies_between_birth_and_today() {
        Map<String, DomainScore> scores = Map.of("HOUSING", new DomainScore(3, null, null));
        assertThat(keys(null, null, scores)).containsExactly("trajectory.assessment.problem.date.required");
        assertThat(keys(TODAY.plusDays(1), null, scores)).containsExactly("trajectory.assessment.problem.date.future");
        assertThat(keys(BORN.minusDays(1), null, scores)).containsExactly("trajectory.assessment.problem.date.beforeBirth");
    }

    @Test
    void the_period_ends_at_the_assessment_and_lasts_at_most_a_year() {
        Map<String, DomainScore> scores = Map.of("HOUSING", new DomainScore(3, null, null));
        assertThat(keys(TODAY, TODAY.plusDays(1), scores)).containsExactly("trajectory.assessment.problem.period.after");
        assertThat(keys(TODAY, TODAY.minusYears(1).minusDays(1), scores)).containsExactly("trajectory.assessment.problem.period.tooLong");
        assertThat(AssessmentRules.defaultPeriodFrom(TODAY)).isEqualTo(TODAY.minusDays(29));
    }

    @Test
    void scores_and_targets_are_one_to_five_and_an_unknown_domain_is_refused() {
        Map<String, DomainScore> scores = new LinkedHashMap<>();
        scores.put("HOUSING", new DomainScore(6, 0, "x".repeat(1001)));
        scores.put("JUSTICE", new DomainScore(3, null, null));
        List<Problem> problems = AssessmentRules.problems(INSTRUMENT, TODAY, null, BORN, TODAY, scores);
        assertThat(problems).extracting(Problem::field).containsExactly("scores[HOUSING].score", "scores[HOUSING].target",
                "scores[HOUSING].note", "scores[JUSTICE]");
    }

    @Test
    void an_assessment_without_any_score_is_refused() {
        assertThat(keys(TODAY, null, Map.of("HOUSING", new DomainScore(null, 3, null))))
                .containsExactly("trajectory.assessment.problem.noScore");
    }
}
