package nl.thuisbasis.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The distribution key (largest remainder)")
class DistributionKeyTest {

    @Test
    void the_whole_parts_go_first_and_the_rest_to_the_largest_remainders() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("A", 5.0);
        w.put("B", 3.0);
        w.put("C", 2.0);
        // exact 3.5, 2.1, 1.4 of 7: wholes 3, 2, 1 (6), the last one to A (remainder 0.5)
        assertThat(DistributionKey.split(7, w)).extracting(DistributionKey.Share::whole).containsExactly(4, 2, 1);
    }

    @Test
    void the_parts_always_sum_to_the_total_and_stay_within_one_of_the_exact_share() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            Map<String, Double> w = new LinkedHashMap<>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                w.put("M" + i, (double) random.nextInt(60_000));
            }
            w.put("X", 1.0 + random.nextInt(1000));
            int total = random.nextInt(200);
            var shares = DistributionKey.split(total, w);
            assertThat(shares.stream().mapToInt(DistributionKey.Share::whole).sum()).isEqualTo(total);
            assertThat(shares).allSatisfy(s -> assertThat(Math.abs(s.whole() - s.exact())).isLessThan(1.0));
        }
    }

    @Test
    void ties_go_to_the_larger_weight_then_the_code() {
        Map<String, Double> w = new LinkedHashMap<>();
        w.put("B", 1.0);
        w.put("A", 1.0);
        assertThat(DistributionKey.split(1, w)).extracting(DistributionKey.Share::whole).containsExactly(0, 1);
    }

    @Test
    void the_care_load_factor_is_bounded() {
        assertThat(DistributionKey.careLoadFactor(10, 5)).isEqualTo(0.5);
        assertThat(DistributionKey.careLoadFactor(4, 5)).isEqualTo(1.25);
        assertThat(DistributionKey.careLoadFactor(0, 5)).isEqualTo(1.5);
        assertThat(DistributionKey.careLoadFactor(0, 0)).isEqualTo(1.0);
    }

    @Test
    void nonsense_weights_are_refused() {
        assertThatThrownBy(() -> DistributionKey.split(5, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DistributionKey.split(5, Map.of("A", 0.0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DistributionKey.split(-1, Map.of("A", 1.0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weights_are_households_and_with_the_correction_a_heavier_care_load_weighs_less() {
        var parties = java.util.List.of(new DistributionKey.Party("A", 10_000, 100), new DistributionKey.Party("B", 10_000, 0));
        assertThat(DistributionKey.weights(parties, false).byCode()).containsEntry("A", 10_000.0).containsEntry("B", 10_000.0);
        var corrected = DistributionKey.weights(parties, true);
        assertThat(corrected.regionPlacesPer1000Households()).isEqualTo(5.0);
        assertThat(corrected.weights()).extracting(DistributionKey.Weight::factor).containsExactly(0.5, 1.5);
        assertThat(DistributionKey.distribute(40, parties, true)).extracting(d -> d.share().whole()).containsExactly(10, 30);
        assertThatThrownBy(() -> DistributionKey.weights(java.util.List.of(new DistributionKey.Party("A", 0, 0)), false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
