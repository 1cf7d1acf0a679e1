package nl.thuisbasis.region.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import nl.thuisbasis.region.domain.FigureFallback.ShownFigure;
import org.junit.jupiter.api.Test;

class FigureFallbackTest {

    @Test
    void a_neighbourhood_shows_its_own_figure_and_borrows_only_what_it_lacks_from_its_district() {
        var shown = FigureFallback.resolve("BU05050101", 2023,
                Map.of("aantalInwoners", new BigDecimal("815")),
                "WK050501", 2022,
                Map.of("aantalInwoners", new BigDecimal("10080"), "dwelling_value", new BigDecimal("250")));

        assertThat(shown).extracting(ShownFigure::name, ShownFigure::value, ShownFigure::fromDistrict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("aantalInwoners", new BigDecimal("815"), false),
                        org.assertj.core.groups.Tuple.tuple("dwelling_value", new BigDecimal("250"), true));
        assertThat(shown.get(1).areaCode()).isEqualTo("WK050501");
        assertThat(shown.get(1).year()).isEqualTo(2022);
    }

    @Test
    void an_area_without_a_district_shows_only_its_own_figures() {
        var shown = FigureFallback.resolve("GM0505", 2023, Map.of("aantalHuishoudens", new BigDecimal("56730")),
                null, 0, Map.of());

        assertThat(shown).singleElement().satisfies(f -> assertThat(f.fromDistrict()).isFalse());
    }
}
