package nl.thuisbasis.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Queues: a full type makes people wait, never overfills, never evicts")
class QueuesTest {

    @Test
    void a_full_type_shows_waiting_and_occupied_never_exceeds_capacity() {
        FlowModel model = ExampleModels.region(120);
        Projection p = DeterministicEngine.project(model);
        Simulation s = MonteCarloEngine.simulate(model, 50, 5L, 2, null);
        double shelterWaiting = 0;
        for (int t = 0; t < model.typeCount(); t++) {
            for (int k = 0; k < 120; k++) {
                double occupied = 0;
                double capacity = 0;
                for (int m = 0; m < model.municipalityCount(); m++) {
                    occupied += p.occupied()[m][t][k];
                    capacity += model.capacity()[m][t][k];
                }
                assertThat(occupied).as("%s month %d", model.types().get(t), k).isLessThanOrEqualTo(capacity + 1e-9);
            }
            for (int k = 0; k < 120; k++) {
                double meanOccupied = 0;
                double capacity = 0;
                for (int m = 0; m < model.municipalityCount(); m++) {
                    meanOccupied += s.meanDemand()[m][t][k] - s.meanWaiting()[m][t][k];
                    capacity += model.capacity()[m][t][k];
                }
                // every run's pool occupancy is at most its (whole) places, so the mean over runs is too; protected
                // housing shrinks every year and keeps its people (nobody is evicted), see the test below
                assertThat(t == ExampleModels.PROTECTED_HOUSING ? 0 : meanOccupied).as("MC %s month %d", model.types().get(t), k)
                        .isLessThanOrEqualTo(capacity + 1e-9);
            }
        }
        for (int m = 0; m < model.municipalityCount(); m++) {
            shelterWaiting += p.waiting(m, ExampleModels.SHELTER, 119);
        }
        assertThat(shelterWaiting).isGreaterThan(1);
        assertThat(s.waitingBands()[0][ExampleModels.SHELTER][9][Simulation.P10]).isGreaterThan(1);
    }

    @Test
    void nobody_is_evicted_when_capacity_drops() {
        int months = 60;
        double[] places = ExampleModels.constant(100, months);
        java.util.Arrays.fill(places, 24, months, 50);
        FlowModel model = new FlowModel(List.of("GM0599"), new int[1], List.of("PROTECTED_HOUSING"), months,
                new double[][][] {{ExampleModels.constant(12, months)}}, new double[][][] {{places}}, null,
                new StayDistribution[] {StayDistribution.fixed(10)}, new double[1][1], new double[1], new int[1],
                StayDistribution.fixed(1), new double[1][1], new double[1][1]);
        Projection p = DeterministicEngine.project(model);
        double[] occupied = p.occupied()[0][0];
        double[] left = p.left()[0][0];
        double[] admitted = p.admitted()[0][0];
        assertThat(occupied[23]).isCloseTo(100, within(1e-9));
        assertThat(occupied[24]).as("the month the places halve").isGreaterThan(50);
        for (int k = 10; k < months; k++) {
            assertThat(left[k]).as("only stays that end leave, month %d", k).isCloseTo(admitted[k - 10], within(1e-9));
        }
        int full = 0;
        for (int k = 24; k < months; k++) {
            if (occupied[k - 1] - left[k] >= 50 - 1e-9) {
                full++;
                assertThat(admitted[k]).as("no admissions while over capacity, month %d", k).isCloseTo(0, within(1e-9));
            }
        }
        assertThat(full).isGreaterThan(3);
        assertThat(occupied[40]).isCloseTo(50, within(1e-9));
        assertThat(p.waiting(0, 0, 59)).isGreaterThan(p.waiting(0, 0, 30));
        Simulation s = MonteCarloEngine.simulate(model, 100, 8L, 1, null);
        assertThat(s.occupiedBands()[0][0][2][Simulation.P90]).isLessThanOrEqualTo(75 + 1e-9);
        assertThat(s.occupiedBands()[0][0][4][Simulation.P90]).isLessThanOrEqualTo(50 + 1e-9);
        assertThat(s.occupiedBands()[0][0][2][Simulation.P10]).as("year 3: 10 months over 50 leaving by stays only")
                .isGreaterThan(52);
    }

    @Test
    void those_who_wait_in_place_keep_their_place_until_admitted() {
        FlowModel model = ExampleModels.smallRegion(120);
        Projection p = DeterministicEngine.project(model);
        double inPlaceForIntermediate = 0;
        for (int m = 0; m < 3; m++) {
            inPlaceForIntermediate += p.waitingInPlace()[m][1][119] + p.waitingInPlace()[m][2][119];
        }
        assertThat(inPlaceForIntermediate).isGreaterThan(1);
        double occupied = 0;
        for (int m = 0; m < 3; m++) {
            occupied += p.occupied()[m][0][119] + p.occupied()[m][1][119];
        }
        assertThat(occupied).isLessThanOrEqualTo(90 + 1e-9).isGreaterThan(inPlaceForIntermediate);
    }
}
