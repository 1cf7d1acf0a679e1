package nl.thuisbasis.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Working days")
class WorkingDaysTest {

    @Test
    void easter_sunday_for_known_years() {
        assertThat(WorkingDays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(WorkingDays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(WorkingDays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(WorkingDays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    @Test
    void dutch_public_holidays_of_2026_are_no_working_days() {
        assertThat(WorkingDays.holidays(2026)).contains(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 3))).as("Good Friday").isTrue();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 6))).as("Easter Monday").isFalse();
    }

    @Test
    void kings_day_moves_to_saturday_when_it_falls_on_a_sunday() {
        assertThat(WorkingDays.holidays(2025)).contains(LocalDate.of(2025, 4, 26)).doesNotContain(LocalDate.of(2025, 4, 27));
    }

    @Test
    void a_report_on_friday_with_two_working_days_is_due_on_tuesday() {
        assertThat(WorkingDays.deadline(LocalDate.of(2026, 11, 20), 2)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(WorkingDays.deadline(LocalDate.of(2026, 11, 23), 10)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void christmas_and_new_year_are_skipped() {
        // Wed 23 Dec 2026 + 3 working days: Thu 24, (25, 26 holidays, 27 Sunday) Mon 28, Tue 29
        assertThat(WorkingDays.deadline(LocalDate.of(2026, 12, 23), 3)).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(WorkingDays.deadline(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void zero_days_is_today_or_the_next_working_day() {
        assertThat(WorkingDays.deadline(LocalDate.of(2026, 11, 23), 0)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(WorkingDays.deadline(LocalDate.of(2026, 11, 21), 0)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThatThrownBy(() -> WorkingDays.deadline(LocalDate.of(2026, 11, 21), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void counts_working_days_between_two_dates() {
        assertThat(WorkingDays.between(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 24))).isEqualTo(2);
        assertThat(WorkingDays.between(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 20))).isZero();
    }
}
