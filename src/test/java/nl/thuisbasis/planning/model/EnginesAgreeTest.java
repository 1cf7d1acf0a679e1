package nl.thuisbasis.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The deterministic projection and the Monte Carlo simulation run one model")
class EnginesAgreeTest {

    @Test
    void the_projection_lies_within_the_monte_carlo_band_in_every_cell_and_year() {
        FlowModel model = ExampleModels.smallRegion(120);
        Projection p = DeterministicEngine.project(model);
        Simulation s = MonteCarloEngine.simulate(model, 500, 42L, 2, done -> { });
        int queued = 0;
        for (int m = 0; m < 3; m++) {
            for (int t = 0; t < 3; t++) {
                for (int y = 0; y < 10; y++) {
                    double demand = 0;
                    double waiting = 0;
                    for (int k = 12 * y; k < 12 * y + 12; k++) {
                        demand += p.demand(m, t, k) / 12;
                        waiting += p.waiting(m, t, k) / 12;
                    }
                    double[] band = s.demandBands()[m][t][y];
                    assertThat(demand).as("demand %s %s year %d", model.municipalities().get(m), model.types().get(t), y)
                            .isBetween(band[Simulation.P10], band[Simulation.P90]);
                    queued += waiting > 1 ? 1 : 0;
                }
                for (int k = 0; k < 120; k++) {
                    double mean = s.meanDemand()[m][t][k];
                    assertThat(Math.abs(p.demand(m, t, k) - mean)).as("monthly mean %d %d %d", m, t, k)
                            .isLessThanOrEqualTo(Math.max(1.5, 0.1 * mean));
                }
            }
        }
        assertThat(queued).as("cell-years with a queue").isGreaterThan(10);
        // the whole region's band holds the region's projection, and is narrower than the municipalities' bands added up
        for (int t = 0; t < 3; t++) {
            for (int y = 0; y < 10; y++) {
                double demand = 0;
                double summedWidth = 0;
                for (int m = 0; m < 3; m++) {
                    for (int k = 12 * y; k < 12 * y + 12; k++) {
                        demand += p.demand(m, t, k) / 12;
                    }
                    summedWidth += s.demandBands()[m][t][y][Simulation.P90] - s.demandBands()[m][t][y][Simulation.P10];
                }
                double[] total = s.totalDemandBands()[t][y];
                assertThat(demand).as("region demand type %d year %d", t, y).isBetween(total[Simulation.P10], total[Simulation.P90]);
                assertThat(total[Simulation.P90] - total[Simulation.P10]).isLessThanOrEqualTo(summedWidth + 1e-9);
            }
        }
    }

    @Test
    void the_same_seed_gives_the_same_simulation_whatever_the_threads_and_another_seed_differs() {
        FlowModel model = ExampleModels.region(60);
        AtomicInteger reported = new AtomicInteger();
        Simulation one = MonteCarloEngine.simulate(model, 40, 99L, 1, done -> reported.accumulateAndGet(done, Math::max));
        Simulation again = MonteCarloEngine.simulate(model, 40, 99L, 1, null);
        Simulation two = MonteCarloEngine.simulate(model, 40, 99L, 2, done -> { });
        Simulation other = MonteCarloEngine.simulate(model, 40, 100L, 2, done -> { });
        assertThat(reported.get()).isEqualTo(40);
        for (Simulation s : new Simulation[] {again, two}) {
            assertThat(s.meanDemand()).isDeepEqualTo(one.meanDemand());
            assertThat(s.meanWaiting()).isDeepEqualTo(one.meanWaiting());
            assertThat(s.demandBands()).isDeepEqualTo(one.demandBands());
            assertThat(s.waitingBands()).isDeepEqualTo(one.waitingBands());
            assertThat(s.occupiedBands()).isDeepEqualTo(one.occupiedBands());
            assertThat(s.totalDemandBands()).isDeepEqualTo(one.totalDemandBands());
            assertThat(s.totalWaitingBands()).isDeepEqualTo(one.totalWaitingBands());
        }
        assertThat(Arrays.deepEquals(other.meanDemand(), one.meanDemand())).isFalse();
        assertThat(Arrays.deepEquals(other.demandBands(), one.demandBands())).isFalse();
    }

    @Test
    void runs_and_threads_out_of_range_and_an_invalid_model_are_refused() {
        FlowModel model = ExampleModels.smallRegion(24);
        assertThatThrownBy(() -> MonteCarloEngine.simulate(model, 0, 1L, 1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MonteCarloEngine.simulate(model, 10_001, 1L, 1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MonteCarloEngine.simulate(model, 10, 1L, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        FlowModel invalid = new FlowModel(model.municipalities(), model.poolOf(), model.types(), 0, model.inflow(),
                model.capacity(), null, model.stay(), model.next(), model.returnShare(), model.returnTo(),
                model.returnDelay(), model.initialOccupied(), model.initialWaiting());
        assertThatThrownBy(() -> DeterministicEngine.project(invalid)).hasMessageContaining("months is 0");
    }
}
