package nl.thuisbasis.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Little's law: occupied = inflow x mean stay in steady state")
class LittlesLawTest {

    @Test
    void one_type_without_limits_holds_inflow_times_mean_stay() {
        StayDistribution stay = StayDistribution.gamma(4, 0.8);
        Projection p = DeterministicEngine.project(ExampleModels.single(25, Double.POSITIVE_INFINITY, stay, 0, 120));
        for (int k = 60; k < 120; k++) {
            assertThat(p.occupied()[0][0][k]).isCloseTo(25 * stay.mean(), Percentage.withPercentage(2));
            assertThat(p.waiting(0, 0, k)).isCloseTo(0, within(1e-9));
        }
    }

    @Test
    void started_in_equilibrium_it_holds_from_the_first_month() {
        StayDistribution stay = StayDistribution.uniform(36, 60);
        Projection p = DeterministicEngine.project(ExampleModels.single(10, Double.POSITIVE_INFINITY, stay, 480, 120));
        for (int k = 0; k < 120; k++) {
            assertThat(p.occupied()[0][0][k]).isCloseTo(480, within(1e-6));
            assertThat(p.left()[0][0][k]).isCloseTo(10, within(1e-6));
        }
    }

    @Test
    void a_chain_with_returns_holds_per_type_with_the_throughput_computed_by_hand() {
        // X_S = 10 + R, X_P = 2 + 0.4 X_S, X_T = 0.3 X_S + 0.6 X_P, returns into shelter
        // R = 0.2 (0.3 X_S) + 0.1 (0.4 X_P) + 0.1 (1.0 X_T) = 0.13 X_S + 0.2, so X_S = 10.2 / 0.87
        double shelter = 10.2 / 0.87;
        double protectedHousing = 2 + 0.4 * shelter;
        double tenancy = 0.3 * shelter + 0.6 * protectedHousing;
        FlowModel model = ExampleModels.chain(240);
        Projection p = DeterministicEngine.project(model);
        double[] expected = {shelter * model.stay()[0].mean(), protectedHousing * model.stay()[1].mean(),
            tenancy * model.stay()[2].mean()};
        for (int t = 0; t < 3; t++) {
            assertThat(p.occupied()[0][t][239]).as(model.types().get(t))
                    .isCloseTo(expected[t], Percentage.withPercentage(2));
            assertThat(p.admitted()[0][t][239]).isCloseTo(new double[] {shelter, protectedHousing, tenancy}[t],
                    Percentage.withPercentage(2));
        }
    }

    @Test
    void monte_carlo_bands_hold_the_steady_state_value() {
        StayDistribution stay = StayDistribution.gamma(4, 0.8);
        Simulation s = MonteCarloEngine.simulate(ExampleModels.single(25, Double.POSITIVE_INFINITY, stay,
                25 * stay.mean(), 120), 400, 7L, 2, done -> { });
        for (int y = 0; y < 10; y++) {
            double[] band = s.occupiedBands()[0][0][y];
            assertThat(25 * stay.mean()).isBetween(band[Simulation.P10], band[Simulation.P90]);
        }
        FlowModel chain = ExampleModels.chain(240);
        Simulation c = MonteCarloEngine.simulate(chain, 400, 11L, 2, done -> { });
        double shelter = 10.2 / 0.87;
        double[] throughput = {shelter, 2 + 0.4 * shelter, 0.3 * shelter + 0.6 * (2 + 0.4 * shelter)};
        for (int t = 0; t < 3; t++) {
            double[] band = c.occupiedBands()[0][t][19];
            assertThat(throughput[t] * chain.stay()[t].mean()).isBetween(band[Simulation.P10], band[Simulation.P90]);
        }
    }

    @Test
    void rotterdam_implied_inflow_lies_within_the_stays_range() {
        double protectedHousing = LittlesLaw.impliedYearlyInflow(1_100, StayDistribution.uniform(36, 60));
        double throughFlow = LittlesLaw.impliedYearlyInflow(900, StayDistribution.uniform(9, 16));
        assertThat(protectedHousing).isBetween(1_100 / 5.0, 1_100 / 3.0).isCloseTo(275, within(1e-9));
        assertThat(throughFlow).isBetween(900 / (16 / 12.0), 900 / (9 / 12.0)).isCloseTo(864, within(1e-9));
        assertThat(LittlesLaw.impliedPlaces(275, StayDistribution.uniform(36, 60))).isCloseTo(1_100, within(1e-9));
    }

    @Test
    void rotterdam_fed_with_the_implied_inflow_stays_full_without_a_growing_queue() {
        for (double[] places : new double[][] {{1_100, 36, 60}, {900, 9, 16}}) {
            StayDistribution stay = StayDistribution.uniform((int) places[1], (int) places[2]);
            double monthly = LittlesLaw.impliedYearlyInflow(places[0], stay) / 12;
            Projection p = DeterministicEngine.project(ExampleModels.single(monthly, places[0], stay, places[0], 120));
            for (int k = 0; k < 120; k++) {
                assertThat(p.occupied()[0][0][k]).isCloseTo(places[0], within(1e-6));
                assertThat(p.waiting(0, 0, k)).isCloseTo(0, within(1e-6));
            }
            Simulation s = MonteCarloEngine.simulate(ExampleModels.single(monthly, places[0], stay, places[0], 120),
                    200, 3L, 2, done -> { });
            for (int y = 0; y < 10; y++) {
                assertThat(s.occupiedBands()[0][0][y][Simulation.P50]).isGreaterThan(places[0] * 0.97);
            }
            // a critically loaded queue wanders (like the square root of time), it does not grow with the inflow
            assertThat(s.waitingBands()[0][0][9][Simulation.P50]).isLessThan(places[0] * 0.05);
        }
    }
}
