package nl.thuisbasis.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Stay distributions in whole months")
class StayDistributionTest {

    @Test
    void uniform_has_the_middle_as_mean_and_no_mass_at_zero() {
        StayDistribution stay = StayDistribution.uniform(36, 60);
        assertThat(stay.mean()).isCloseTo(48, within(1e-12));
        assertThat(stay.maxMonths()).isEqualTo(60);
        assertThat(stay.pmf()[0]).isZero();
        assertThat(stay.pmf()[35]).isZero();
        assertThat(stay.pmf()[36]).isCloseTo(1 / 25.0, within(1e-15));
    }

    @Test
    void gamma_and_geometric_come_close_to_the_asked_mean() {
        assertThat(StayDistribution.gamma(4, 0.8).mean()).isCloseTo(4, within(0.1));
        assertThat(StayDistribution.gamma(48, 0.3).mean()).isCloseTo(48, within(0.1));
        assertThat(StayDistribution.gamma(12, 2).mean()).isCloseTo(12, within(0.5));  // heavy tail cut where 1e-4 is left; stays under a month count as one
        assertThat(StayDistribution.geometric(6).mean()).isCloseTo(6, within(1e-6));
        assertThat(StayDistribution.geometric(1).pmf()).containsExactly(0, 1);
        double sum = 0;
        for (double p : StayDistribution.gamma(30, 0.6).pmf()) {
            sum += p;
        }
        assertThat(sum).isCloseTo(1, within(1e-12));
    }

    @Test
    void scaled_keeps_the_shape_and_multiplies_the_mean() {
        StayDistribution stay = StayDistribution.uniform(36, 60);
        assertThat(stay.scaled(1.2).mean()).isCloseTo(57.6, within(1e-9));
        assertThat(stay.scaled(1.2).maxMonths()).isEqualTo(72);
        assertThat(stay.scaled(1).pmf()).containsExactly(stay.pmf(), within(1e-15));
        assertThat(StayDistribution.gamma(4, 0.8).scaled(0.5).mean()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_residual_of_a_fixed_stay_is_uniform() {
        StayDistribution residual = StayDistribution.fixed(4).residual();
        assertThat(residual.pmf()).containsExactly(0, 0.25, 0.25, 0.25, 0.25);
    }

    @Test
    void samples_follow_the_pmf() {
        StayDistribution stay = StayDistribution.gamma(12, 0.5);
        SplittableRandom random = new SplittableRandom(1);
        int n = 400_000;
        double sum = 0;
        int[] counts = new int[stay.maxMonths() + 1];
        for (int i = 0; i < n; i++) {
            int s = stay.sample(random);
            counts[s]++;
            sum += s;
        }
        assertThat(counts[0]).isZero();
        assertThat(sum / n).isCloseTo(stay.mean(), within(0.05));
        for (int s = 1; s <= stay.maxMonths(); s++) {
            assertThat(counts[s] / (double) n).isCloseTo(stay.pmf()[s], within(0.003));
        }
    }

    @Test
    void poisson_draws_have_the_mean_small_and_large() {
        SplittableRandom random = new SplittableRandom(3);
        for (double mean : new double[] {0.3, 4, 29.9, 30, 250}) {
            double sum = 0;
            double squares = 0;
            int n = 200_000;
            for (int i = 0; i < n; i++) {
                int x = Poisson.sample(random, mean, Math.exp(-mean));
                sum += x;
                squares += (double) x * x;
            }
            double m = sum / n;
            assertThat(m).as("mean %s", mean).isCloseTo(mean, within(0.02 * Math.max(1, mean)));
            assertThat(squares / n - m * m).as("variance %s", mean).isCloseTo(mean, within(0.05 * Math.max(1, mean)));
        }
    }
}
