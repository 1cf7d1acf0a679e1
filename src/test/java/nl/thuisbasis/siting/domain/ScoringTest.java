package nl.thuisbasis.siting.domain;

import nl.thuisbasis.siting.Direction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Scoring a candidate neighbourhood")
class ScoringTest {

    static final ScoringModel MODEL = new ScoringModel("drechtsteden-alblasserwaard", 1, List.of(
            new IndicatorWeight("placesPer1000", "Plekken per 1.000 inwoners", Direction.HIGHER_IS_MORE_STRAIN, 2),
            new IndicatorWeight("percentageEenpersoonshuishoudens", "Eenpersoonshuishoudens (%)",
                    Direction.HIGHER_IS_MORE_STRAIN, 1),
            new IndicatorWeight("safetyIndex", "Veiligheidsindex", Direction.HIGHER_IS_LESS_STRAIN, 1)), 50, 70);

    static final Map<String, Percentiles> REGION = Map.of(
            "placesPer1000", new Percentiles(new double[] {0, 0, 0, 1, 2, 3, 5, 8, 10, 20}),
            "percentageEenpersoonshuishoudens", new Percentiles(new double[] {20, 25, 30, 35, 40, 45, 50, 55, 60, 65}),
            "safetyIndex", new Percentiles(new double[] {80, 85, 90, 95, 100, 105, 110, 115, 120, 125}));

    @Test
    void percentile_ranks_use_mid_ranks_so_ties_and_the_median_land_in_the_middle() {
        Percentiles p = new Percentiles(new double[] {1, 2, 3, 4});
        assertThat(p.rank(0)).isZero();
        assertThat(p.rank(5)).isEqualTo(100);
        assertThat(p.rank(2)).isEqualTo(37.5);
        assertThat(new Percentiles(new double[] {0, 0, 0, 0}).rank(0)).isEqualTo(50);
        assertThat(p.median()).isEqualTo(2.5);
        assertThat(new Percentiles(new double[] {}).rank(1)).isNaN();
    }

    @Test
    void a_heavily_loaded_unsafe_neighbourhood_is_advised_against_and_the_drivers_say_why() {
        ScanOutcome outcome = Scoring.score(MODEL,
                Map.of("placesPer1000", 25.0, "percentageEenpersoonshuishoudens", 62.0, "safetyIndex", 82.0), REGION);
        assertThat(outcome.verdict()).isEqualTo(Verdict.RED);
        assertThat(outcome.strain()).isGreaterThan(90);
        assertThat(DutchTexts.of(outcome.drivers()).getFirst()).contains("afgeraden");
        assertThat(DutchTexts.of(outcome.drivers())).anySatisfy(d -> assertThat(d).startsWith("Plekken per 1.000 inwoners is hoog belastend"));
        assertThat(outcome.indicators().stream().mapToDouble(IndicatorResult::contribution).sum())
                .isCloseTo(outcome.strain(), within(1e-9));
    }

    @Test
    void a_quiet_safe_neighbourhood_can_land() {
        ScanOutcome outcome = Scoring.score(MODEL,
                Map.of("placesPer1000", 0.0, "percentageEenpersoonshuishoudens", 22.0, "safetyIndex", 122.0), REGION);
        assertThat(outcome.verdict()).isEqualTo(Verdict.GREEN);
        assertThat(DutchTexts.of(outcome.drivers())).anySatisfy(d -> assertThat(d).contains("pleit voor deze buurt"));
    }

    @Test
    void a_missing_indicator_is_left_out_and_said_so_and_the_other_weights_carry_the_score() {
        ScanOutcome outcome = Scoring.score(MODEL, Map.of("placesPer1000", 25.0, "percentageEenpersoonshuishoudens", 62.0), REGION);
        IndicatorResult safety = outcome.indicators().stream().filter(r -> r.key().equals("safetyIndex")).findFirst().orElseThrow();
        assertThat(safety.missing()).isTrue();
        assertThat(safety.contribution()).isZero();
        // places 25 is above all ten (100), 62% above nine of ten (90): (100 * 2 + 90 * 1) / 3
        assertThat(outcome.strain()).isCloseTo(290.0 / 3, within(1e-9));
        assertThat(DutchTexts.of(outcome.drivers())).anySatisfy(d -> assertThat(d).startsWith("Veiligheidsindex ontbreekt"));
    }

    @Test
    void without_any_value_the_advice_is_orange_and_asks_for_a_manual_weighing() {
        ScanOutcome outcome = Scoring.score(MODEL, Map.of(), REGION);
        assertThat(outcome.verdict()).isEqualTo(Verdict.ORANGE);
        assertThat(outcome.strain()).isNaN();
        assertThat(DutchTexts.of(outcome.drivers())).singleElement().asString().contains("handmatig");
    }

    @Test
    void a_model_needs_a_weighted_indicator_unique_keys_and_rising_thresholds() {
        ScoringModel bad = new ScoringModel("r", 1, List.of(
                new IndicatorWeight("a", "A", Direction.HIGHER_IS_MORE_STRAIN, 0),
                new IndicatorWeight("a", "A", Direction.HIGHER_IS_MORE_STRAIN, 0)), 70, 50);
        assertThat(bad.problems()).hasSize(3);
        assertThat(MODEL.problems()).isEmpty();
        assertThat(MODEL.verdictFor(49.9)).isEqualTo(Verdict.GREEN);
        assertThat(MODEL.verdictFor(50)).isEqualTo(Verdict.ORANGE);
        assertThat(MODEL.verdictFor(70)).isEqualTo(Verdict.RED);
    }
}
