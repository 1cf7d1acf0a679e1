package nl.thuisbasis.outflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.thuisbasis.platform.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Early signals: deadline, repeat, age, closing")
class EarlySignalsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void the_deadline_counts_working_days_over_the_weekend_and_holidays() {
        // Friday 20 November 2026 + 5 working days: Monday 23 .. Friday 27
        assertThat(EarlySignals.deadline(LocalDate.of(2026, 11, 20), 5)).isEqualTo(LocalDate.of(2026, 11, 27));
        // Thursday 24 December 2026 + 2: Christmas and Boxing Day and the weekend are skipped -> Tuesday 29
        assertThat(EarlySignals.deadline(LocalDate.of(2026, 12, 24), 2)).isEqualTo(LocalDate.of(2026, 12, 29));
        // Friday 24 April 2026 + 3: Monday 27 April is King's Day -> Tuesday 28, Wednesday 29, Thursday 30
        assertThat(EarlySignals.deadline(LocalDate.of(2026, 4, 24), 3)).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void a_signal_is_a_repeat_when_the_household_had_one_in_the_six_months_before_it_the_boundary_included() {
        LocalDate received = LocalDate.of(2026, 8, 31);
        assertThat(EarlySignals.repeat(received, List.of(LocalDate.of(2026, 2, 28)), 6)).as("exactly six months before").isTrue();
        assertThat(EarlySignals.repeat(received, List.of(LocalDate.of(2026, 2, 27)), 6)).as("a day more than six months").isFalse();
        assertThat(EarlySignals.repeat(received, List.of(received), 6)).as("the same day, recorded before").isTrue();
        assertThat(EarlySignals.repeat(received, List.of(received.plusDays(1)), 6)).as("a later one does not count").isFalse();
        assertThat(EarlySignals.repeat(received, List.of(), 6)).isFalse();
        assertThat(EarlySignals.repeat(received, List.of(LocalDate.of(2025, 12, 1)), 12)).as("the window is configurable").isTrue();
    }

    @Test
    void an_open_signal_falls_in_one_age_band() {
        assertThat(EarlySignals.Age.of(TODAY, TODAY)).isEqualTo(EarlySignals.Age.UNDER_A_WEEK);
        assertThat(EarlySignals.Age.of(TODAY.minusDays(6), TODAY)).isEqualTo(EarlySignals.Age.UNDER_A_WEEK);
        assertThat(EarlySignals.Age.of(TODAY.minusDays(7), TODAY)).isEqualTo(EarlySignals.Age.ONE_TO_FOUR_WEEKS);
        assertThat(EarlySignals.Age.of(TODAY.minusDays(27), TODAY)).isEqualTo(EarlySignals.Age.ONE_TO_FOUR_WEEKS);
        assertThat(EarlySignals.Age.of(TODAY.minusDays(28), TODAY)).isEqualTo(EarlySignals.Age.ONE_TO_THREE_MONTHS);
        assertThat(EarlySignals.Age.of(TODAY.minusMonths(3).plusDays(1), TODAY)).isEqualTo(EarlySignals.Age.ONE_TO_THREE_MONTHS);
        assertThat(EarlySignals.Age.of(TODAY.minusMonths(3), TODAY)).isEqualTo(EarlySignals.Age.OVER_THREE_MONTHS);
        // the bands' bounds meet without a gap or an overlap, day by day over a year
        for (int d = 0; d < 400; d++) {
            LocalDate received = TODAY.minusDays(d);
            long matching = java.util.Arrays.stream(EarlySignals.Age.values()).filter(a -> {
                LocalDate from = a.receivedFrom(TODAY);
                LocalDate until = a.receivedUntil(TODAY);
                return (from == null || !received.isBefore(from)) && (until == null || !received.isAfter(until));
            }).count();
            assertThat(matching).as("day " + d).isEqualTo(1);
        }
    }

    @Test
    void overdue_means_open_nothing_done_and_past_the_deadline() {
        LocalDate deadline = TODAY.minusDays(1);
        assertThat(EarlySignals.overdue(deadline, false, false, TODAY)).isTrue();
        assertThat(EarlySignals.overdue(TODAY, false, false, TODAY)).as("the deadline day itself is in time").isFalse();
        assertThat(EarlySignals.overdue(deadline, true, false, TODAY)).as("a step was taken").isFalse();
        assertThat(EarlySignals.overdue(deadline, false, true, TODAY)).as("closed").isFalse();
    }

    @Test
    void rent_arrears_need_months_and_amount_other_kinds_take_no_months() {
        assertThat(fields(new EarlySignals.Draft(EarlySignals.Type.RENT_ARREARS, null, null, TODAY, null)))
                .containsExactly("arrearsMonths", "arrearsAmount");
        assertThat(fields(new EarlySignals.Draft(EarlySignals.Type.RENT_ARREARS, 2, 125000, TODAY, null))).isEmpty();
        assertThat(fields(new EarlySignals.Draft(EarlySignals.Type.ENERGY_ARREARS, 2, 30000, TODAY, null))).containsExactly("arrearsMonths");
        assertThat(fields(new EarlySignals.Draft(EarlySignals.Type.WATER_ARREARS, null, null, TODAY, null))).containsExactly("arrearsAmount");
        assertThat(fields(new EarlySignals.Draft(EarlySignals.Type.NUISANCE, null, 100, TODAY, null))).containsExactly("arrearsAmount");
        assertThat(fields(new EarlySignals.Draft(EarlySignals.Type.RENT_ARREARS, 0, -5, TODAY, null)))
                .containsExactly("arrearsMonths", "arrearsAmount");
        assertThat(fields(new EarlySignals.Draft(null, null, null, TODAY.plusDays(1), "x"))).containsExactly("type", "receivedOn");
        assertThat(EarlySignals.problems(new EarlySignals.Draft(EarlySignals.Type.NUISANCE, null, null, TODAY.minusDays(10), null),
                TODAY, TODAY.minusDays(5))).extracting(Problem::key).containsExactly("out.problem.signal.beforeTenancy");
    }

    @Test
    void a_closed_signal_takes_no_steps_and_no_second_outcome() {
        LocalDate received = TODAY.minusDays(10);
        assertThat(EarlySignals.stepProblems(false, EarlySignals.StepKind.HOME_VISIT, TODAY, null, received, TODAY)).isEmpty();
        assertThat(EarlySignals.stepProblems(true, EarlySignals.StepKind.HOME_VISIT, TODAY, null, received, TODAY))
                .extracting(Problem::key).containsExactly("out.problem.signal.closed");
        assertThat(EarlySignals.stepProblems(false, null, received.minusDays(1), null, received, TODAY))
                .extracting(Problem::field).containsExactly("kind", "takenOn");
        assertThat(EarlySignals.stepProblems(false, EarlySignals.StepKind.HOME_VISIT, TODAY.plusDays(1), null, received, TODAY))
                .extracting(Problem::field).containsExactly("takenOn");
        assertThat(EarlySignals.outcomeProblems(false, EarlySignals.Outcome.EVICTION_PREVENTED, TODAY, null, received, TODAY)).isEmpty();
        assertThat(EarlySignals.outcomeProblems(true, EarlySignals.Outcome.RESOLVED, TODAY, null, received, TODAY))
                .extracting(Problem::key).containsExactly("out.problem.signal.closed");
        assertThat(EarlySignals.outcomeProblems(false, null, null, "x".repeat(1001), received, TODAY))
                .extracting(Problem::field).containsExactly("outcome", "decidedOn", "note");
    }

    private static List<String> fields(EarlySignals.Draft draft) {
        return EarlySignals.problems(draft, TODAY, null).stream().map(Problem::field).toList();
    }
}
