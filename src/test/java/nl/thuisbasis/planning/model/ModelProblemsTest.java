package nl.thuisbasis.planning.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A flow model lists all its problems at once")
class ModelProblemsTest {

    @Test
    void the_example_models_are_valid() {
        assertThat(ExampleModels.region(120).problems()).isEmpty();
        assertThat(ExampleModels.national(120).problems()).isEmpty();
        assertThat(ExampleModels.chain(240).problems()).isEmpty();
        assertThat(ExampleModels.smallRegion(120).problems()).isEmpty();
    }

    @Test
    void every_problem_is_listed_at_once_naming_index_and_code() {
        FlowModel good = ExampleModels.smallRegion(24);
        double[][] next = {{0, 0.7, 0.5}, {0, 0, 0.7}, {0, 0, 0}};
        double[][][] inflow = copy(good.inflow());
        inflow[1][0][5] = -1;
        inflow[2][1][3] = Double.NaN;
        double[][][] capacity = copy(good.capacity());
        capacity[0][2] = new double[23];
        double[][] initial = {{0, 0, 0}, {0, -2, 0}};
        FlowModel bad = new FlowModel(good.municipalities(), new int[] {0, 0, 7}, good.types(), 24, inflow, capacity,
                null, new StayDistribution[] {good.stay()[0], null, good.stay()[2]}, next, new double[] {0.1, 1.5, 0},
                new int[] {0, 3, 0}, good.returnDelay(), initial, good.initialWaiting());
        List<String> problems = bad.problems();
        assertThat(problems).contains(
                "next[0] (SHELTER) sums to 1.2, must be at most 1",
                "inflow[1][0][5] (GM0002, SHELTER, month 5) is -1.0, must be a number >= 0",
                "inflow[2][1][3] (GM0003, INTERMEDIATE, month 3) is NaN, must be a number >= 0",
                "capacity[0][2] (GM0001, TENANCY_WITH_CARE) has 23 months, expected 24",
                "stay[1] (INTERMEDIATE) is missing",
                "returnShare[1] (INTERMEDIATE) is 1.5, must be 0 to 1",
                "returnTo[1] (INTERMEDIATE) is 3, must be a type 0 to 2",
                "poolOf[2] (GM0003) is 7, must be 0 to 2",
                "initialOccupied has 2 municipalities, expected 3",
                "initialOccupied[1][1] (GM0002, INTERMEDIATE) is -2.0, must be a number >= 0");
        assertThat(problems).hasSize(10);
        assertThatThrownBy(() -> DeterministicEngine.project(bad)).hasMessageContaining("sums to 1.2");
    }

    @Test
    void months_out_of_range_and_missing_arrays_are_problems_not_exceptions() {
        FlowModel empty = new FlowModel(null, null, null, 0, null, null, null, null, null, null, null, null, null, null);
        assertThat(empty.problems()).contains("there are no municipalities", "there are no types",
                "months is 0, must be 1 to 600", "inflow is missing", "next is missing", "stay is missing");
        FlowModel tooLong = ExampleModels.single(1, 10, StayDistribution.fixed(3), 0, 601);
        assertThat(tooLong.problems()).contains("months is 601, must be 1 to 600");
    }

    @Test
    void a_negative_or_impossible_stay_cannot_be_made() {
        assertThatThrownBy(() -> StayDistribution.uniform(-3, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StayDistribution.of(new double[] {0, 1, -0.5})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StayDistribution.gamma(Double.NaN, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StayDistribution.geometric(0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StayDistribution.fixed(3).scaled(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double[][][] copy(double[][][] cube) {
        double[][][] result = new double[cube.length][][];
        for (int m = 0; m < cube.length; m++) {
            result[m] = new double[cube[m].length][];
            for (int t = 0; t < cube[m].length; t++) {
                result[m][t] = cube[m][t].clone();
            }
        }
        return result;
    }
}
