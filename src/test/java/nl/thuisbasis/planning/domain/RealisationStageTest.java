package nl.thuisbasis.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.thuisbasis.facility.FacilityStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A planned item's stage comes from the records, step by step, and lateness counts in half-years")
class RealisationStageTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void each_stage_follows_from_what_the_initiative_and_the_register_say() {
        assertThat(stage(false, null, null, null, null)).isEqualTo(RealisationStage.PLAN);
        assertThat(stage(true, null, null, null, null)).isEqualTo(RealisationStage.LOCATION_CHOSEN);
        assertThat(stage(false, null, null, null, FacilityStatus.PLANNED)).isEqualTo(RealisationStage.LOCATION_CHOSEN);
        assertThat(stage(true, DAY, null, null, null)).isEqualTo(RealisationStage.PERMIT);
        assertThat(stage(true, DAY, DAY, null, null)).isEqualTo(RealisationStage.UNDER_CONSTRUCTION);
        assertThat(stage(false, null, null, null, FacilityStatus.BEING_REALISED)).isEqualTo(RealisationStage.UNDER_CONSTRUCTION);
        assertThat(stage(true, DAY, DAY, DAY, null)).isEqualTo(RealisationStage.IN_USE);
        assertThat(stage(false, null, null, null, FacilityStatus.IN_USE)).isEqualTo(RealisationStage.IN_USE);
        // an idea in the register is no chosen location yet
        assertThat(stage(false, null, null, null, FacilityStatus.IDEA)).isEqualTo(RealisationStage.PLAN);
    }

    @Test
    void an_item_is_late_by_the_half_years_passed_after_its_planned_one_unless_it_is_in_use() {
        HalfYear planned = new HalfYear(2025, 2);
        assertThat(RealisationStage.halvesLate(planned, RealisationStage.PERMIT, LocalDate.of(2025, 12, 31))).isZero();
        assertThat(RealisationStage.halvesLate(planned, RealisationStage.PERMIT, LocalDate.of(2026, 1, 1))).isEqualTo(1);
        assertThat(RealisationStage.halvesLate(planned, RealisationStage.PLAN, LocalDate.of(2026, 12, 3))).isEqualTo(2);
        assertThat(RealisationStage.halvesLate(planned, RealisationStage.IN_USE, LocalDate.of(2026, 12, 3))).isZero();
    }

    private static RealisationStage stage(boolean initiative, LocalDate approved, LocalDate realisation, LocalDate inUse,
            FacilityStatus status) {
        return RealisationStage.derive(new RealisationStage.Facts(initiative, approved, realisation, inUse, status, null));
    }
}
