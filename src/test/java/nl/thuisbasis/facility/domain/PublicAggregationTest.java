package nl.thuisbasis.facility.domain;

import static nl.thuisbasis.facility.domain.Facilities.facility;
import static nl.thuisbasis.facility.domain.Facilities.inUse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.thuisbasis.facility.FacilityCategory;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.domain.PublicAggregation.AreaFigures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The public layer's postcode-area figures")
class PublicAggregationTest {

    @Test
    void an_area_with_fewer_than_three_facilities_shows_no_counts_and_no_capacity() {
        List<AreaFigures> areas = PublicAggregation.perPostcodeArea(List.of(inUse("a", "3311", 10), inUse("b", "3311", 20)));
        assertThat(areas).singleElement().satisfies(a -> {
            assertThat(a.suppressed()).isTrue();
            assertThat(a.facilities()).isNull();
            assertThat(a.perCategory()).isNull();
            assertThat(a.capacityRounded()).isNull();
        });
    }

    @Test
    void an_area_with_three_facilities_shows_counts_per_category_and_capacity_rounded_to_five() {
        List<AreaFigures> areas = PublicAggregation.perPostcodeArea(List.of(inUse("a", "3311", 10), inUse("b", "3311", 20),
                facility("c", "GM0505", "3311", FacilityType.HOUSING_FIRST, 1, FacilityStatus.IN_USE, false, false)));
        assertThat(areas).singleElement().satisfies(a -> {
            assertThat(a.suppressed()).isFalse();
            assertThat(a.facilities()).isEqualTo(3);
            assertThat(a.perCategory()).containsEntry(FacilityCategory.SHELTER, 2)
                    .containsEntry(FacilityCategory.SUPPORTED_LIVING, 1).containsEntry(FacilityCategory.OTHER, 0);
            assertThat(a.capacityRounded()).isEqualTo(30);
        });
    }

    @Test
    void secret_facilities_do_not_count_per_area_but_do_count_in_the_municipality_total() {
        var secret = facility("a", "GM0505", "3311", FacilityType.CRISIS_SHELTER, 12, FacilityStatus.IN_USE, true, false);
        var all = List.of(inUse("a", "3311", 10), inUse("b", "3311", 20), inUse("c", "3311", 3), secret);
        assertThat(PublicAggregation.perPostcodeArea(all)).singleElement()
                .satisfies(a -> assertThat(a.facilities()).isEqualTo(3));
        assertThat(PublicAggregation.perMunicipality(all)).singleElement().satisfies(m -> {
            assertThat(m.facilities()).isEqualTo(4);
            assertThat(m.capacityRounded()).isEqualTo(45);
        });
    }

    @Test
    void only_facilities_in_use_count() {
        var planned = facility("a", "GM0505", "3311", FacilityType.SKAEVE_HUSE, 12, FacilityStatus.PLANNED, false, true);
        var closed = facility("a", "GM0505", "3311", FacilityType.SKAEVE_HUSE, 12, FacilityStatus.CLOSED, false, true);
        assertThat(PublicAggregation.perPostcodeArea(List.of(planned, closed))).isEmpty();
        assertThat(PublicAggregation.perMunicipality(List.of(planned, closed))).isEmpty();
    }

    @Test
    void capacity_rounds_to_the_nearest_five_and_a_positive_capacity_never_shows_as_zero() {
        assertThat(PublicAggregation.roundToFive(0)).isZero();
        assertThat(PublicAggregation.roundToFive(1)).isEqualTo(5);
        assertThat(PublicAggregation.roundToFive(7)).isEqualTo(5);
        assertThat(PublicAggregation.roundToFive(8)).isEqualTo(10);
        assertThat(PublicAggregation.roundToFive(62)).isEqualTo(60);
        assertThat(PublicAggregation.roundToFive(63)).isEqualTo(65);
    }
}
