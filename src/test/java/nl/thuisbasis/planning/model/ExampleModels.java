package nl.thuisbasis.planning.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Models for the tests and the benchmarks (bench/): a chain of three types, Rotterdam's protected housing and
 * through-flow places, a region of about 300,000 inhabitants (9 municipalities x the 10 housing types) and a national
 * model (342 municipalities in 43 pools, about 8 million households). Figures are plausible orders of magnitude, not
 * data.
 */
public final class ExampleModels {

    /** The ten housing types (planning.domain.HousingType), in its order. */
    public static final List<String> TYPES = List.of("SHELTER", "CRISIS", "PROTECTED_HOUSING", "PROTECTED_AT_HOME",
            "INTERMEDIATE", "TRAINING", "FLEX", "SKAEVE_HUSE", "HOUSING_FIRST", "TENANCY_WITH_CARE");
    static final int SHELTER = 0;
    static final int PROTECTED_HOUSING = 2;
    static final int TENANCY_WITH_CARE = 9;

    /** Places in a region of ~300,000 inhabitants (~130,000 households); tenancy with care is unlimited. */
    private static final double[] REGION_PLACES = {100, 20, 300, 200, 60, 40, 80, 10, 30, Double.POSITIVE_INFINITY};
    /** National places: shelter ~15,000, protected housing ~20,000. */
    private static final double[] NATIONAL_PLACES = {15_000, 2_000, 20_000, 14_000, 4_000, 3_000, 6_000, 600, 2_000,
        Double.POSITIVE_INFINITY};
    /** Share of each type's admissions that come from outside the system (the rest move on from another type). */
    private static final double[] EXTERNAL_SHARE = {0.5, 0.6, 0.8, 0.6, 0.3, 0.2, 0.8, 1.0, 0.7, 0.1};
    /** Dwellings for outflow (tenancy with care) a month, per 130,000 households. */
    private static final double DWELLINGS_PER_MONTH = 16;
    private static final double LOAD = 1.05;

    private ExampleModels() {
    }

    public static StayDistribution[] stays() {
        return new StayDistribution[] {StayDistribution.gamma(4, 0.8), StayDistribution.geometric(1.5),
            StayDistribution.uniform(36, 60), StayDistribution.gamma(30, 0.6), StayDistribution.uniform(9, 16),
            StayDistribution.gamma(12, 0.5), StayDistribution.gamma(18, 0.5), StayDistribution.gamma(60, 0.5),
            StayDistribution.gamma(36, 0.6), StayDistribution.gamma(18, 0.5)};
    }

    /** Who moves on where when a stay ends, [t][t2]; the rest leaves the system. */
    public static double[][] next() {
        double[][] next = new double[10][10];
        next[0][4] = 0.25; next[0][5] = 0.1; next[0][9] = 0.25; next[0][2] = 0.05; next[0][8] = 0.05;
        next[1][0] = 0.3; next[1][3] = 0.1;
        next[2][5] = 0.2; next[2][9] = 0.4; next[2][3] = 0.2;
        next[3][9] = 0.3;
        next[4][9] = 0.7;
        next[5][9] = 0.8;
        next[6][9] = 0.3;
        next[8][9] = 0.3;
        return next;
    }

    /** The region: 9 municipalities around a central one, one pool, capacity limits so that queues occur. */
    public static FlowModel region(int months) {
        double[] households = {60_000, 18_000, 12_000, 10_000, 9_000, 8_000, 6_000, 4_000, 3_000};
        return system("GM", households, new int[households.length], REGION_PLACES, months);
    }

    /** 342 municipalities (skewed sizes, ~8 million households) in 43 pools of 1 to 40 municipalities. */
    public static FlowModel national(int months) {
        Random random = new Random(20261203);
        int count = 342;
        double[] households = new double[count];
        double total = 0;
        for (int m = 0; m < count; m++) {
            households[m] = Math.exp(9.6 + 1.0 * random.nextGaussian());  // lognormal, median ~15,000
            total += households[m];
        }
        for (int m = 0; m < count; m++) {
            households[m] = Math.max(1_000, households[m] * 8_000_000 / total);
        }
        int pools = 43;
        int[] size = new int[pools];
        Arrays.fill(size, 1);
        for (int left = count - pools; left > 0; ) {
            int p = (int) (pools * Math.pow(random.nextDouble(), 1.6));  // some regions much larger than others
            if (size[p] < 40) {
                size[p]++;
                left--;
            }
        }
        int[] poolOf = new int[count];
        for (int p = 0, m = 0; p < pools; p++) {
            for (int i = 0; i < size[p]; i++) {
                poolOf[m++] = p;
            }
        }
        return system("N", households, poolOf, NATIONAL_PLACES, months);
    }

    /**
     * A system: places of each type shared out over the pools by households, within a pool 60% in its largest
     * (central) municipality; external inflow by households, LOAD x the places' throughput x the external share;
     * tenancy with care unlimited but limited in admissions (dwellings a month); protected housing shrinks 3% a year
     * from year 2 and protected housing at home grows 5% a year. Starts with places 95% full, nobody waiting.
     */
    static FlowModel system(String prefix, double[] households, int[] poolOf, double[] places, int months) {
        int mCount = households.length;
        int tCount = TYPES.size();
        StayDistribution[] stays = stays();
        int pools = Arrays.stream(poolOf).max().orElse(0) + 1;
        double[] poolHouseholds = new double[pools];
        int[] central = new int[pools];
        Arrays.fill(central, -1);
        double all = 0;
        for (int m = 0; m < mCount; m++) {
            poolHouseholds[poolOf[m]] += households[m];
            all += households[m];
            if (central[poolOf[m]] < 0 || households[m] > households[central[poolOf[m]]]) {
                central[poolOf[m]] = m;
            }
        }
        double[][][] inflow = new double[mCount][tCount][months];
        double[][][] capacity = new double[mCount][tCount][months];
        double[][][] limit = new double[mCount][tCount][months];
        double[][] initial = new double[mCount][tCount];
        List<String> codes = new ArrayList<>();
        double scale = all / 130_000;
        for (int m = 0; m < mCount; m++) {
            codes.add(prefix + String.format("%04d", m));
            int p = poolOf[m];
            double share = households[m] / all;
            double located = m == central[p] ? 0.6 + 0.4 * households[m] / poolHouseholds[p]
                    : 0.4 * households[m] / poolHouseholds[p];
            for (int t = 0; t < tCount; t++) {
                double unlimited = Double.isInfinite(places[t]) ? 1 : 0;
                double throughput = unlimited > 0 ? DWELLINGS_PER_MONTH * scale : places[t] / stays[t].mean();
                Arrays.fill(inflow[m][t], LOAD * throughput * EXTERNAL_SHARE[t] * share);
                Arrays.fill(limit[m][t], Double.POSITIVE_INFINITY);
                for (int k = 0; k < months; k++) {
                    double growth = t == PROTECTED_HOUSING ? Math.pow(0.97, Math.max(0, k / 12 - 1))
                            : t == 3 ? Math.pow(1.05, Math.max(0, k / 12 - 1)) : 1;
                    capacity[m][t][k] = unlimited > 0 ? Double.POSITIVE_INFINITY
                            : Math.round(places[t] * poolHouseholds[p] / all * located * growth);
                }
                if (unlimited > 0) {
                    Arrays.fill(limit[m][t], DWELLINGS_PER_MONTH * scale * share);
                }
                if (unlimited > 0) {
                    initial[m][t] = 0.95 * DWELLINGS_PER_MONTH * scale * stays[t].mean() * share;
                }
            }
        }
        double[][] poolPlaces = new double[pools][tCount];
        for (int m = 0; m < mCount; m++) {
            for (int t = 0; t < tCount; t++) {
                poolPlaces[poolOf[m]][t] += capacity[m][t][0];
            }
        }
        for (int m = 0; m < mCount; m++) {
            for (int t = 0; t < tCount; t++) {
                if (!Double.isInfinite(places[t])) {
                    initial[m][t] = 0.95 * poolPlaces[poolOf[m]][t] * households[m] / poolHouseholds[poolOf[m]];
                }
            }
        }
        double[] returnShare = {0.15, 0.1, 0.05, 0.05, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1};
        int[] returnTo = {0, 0, 1, 1, 0, 0, 0, 0, 0, 0};
        return new FlowModel(codes, poolOf, TYPES, months, inflow, capacity, limit, stays, next(), returnShare,
                returnTo, StayDistribution.uniform(3, 24), initial, new double[mCount][tCount]);
    }

    /**
     * One municipality, three types without limits: shelter -> protected housing -> tenancy with care, with returns to
     * shelter. External inflow 10 a month into shelter and 2 into protected housing.
     */
    public static FlowModel chain(int months) {
        double[][] next = {{0, 0.4, 0.3}, {0, 0, 0.6}, {0, 0, 0}};
        StayDistribution[] stays = {StayDistribution.gamma(4, 0.8), StayDistribution.uniform(24, 36),
            StayDistribution.gamma(12, 0.5)};
        return new FlowModel(List.of("GM0599"), new int[1], List.of("SHELTER", "PROTECTED_HOUSING", "TENANCY_WITH_CARE"),
                months, new double[][][] {{constant(10, months), constant(2, months), constant(0, months)}},
                new double[][][] {{constant(Double.POSITIVE_INFINITY, months), constant(Double.POSITIVE_INFINITY, months),
                    constant(Double.POSITIVE_INFINITY, months)}},
                null, stays, next, new double[] {0.2, 0.1, 0.1}, new int[3], StayDistribution.uniform(3, 9),
                new double[1][3], new double[1][3]);
    }

    /** One municipality, one type, a constant inflow and this capacity, starting with {@code initial} people in place. */
    public static FlowModel single(double monthlyInflow, double places, StayDistribution stay, double initial, int months) {
        return new FlowModel(List.of("GM0599"), new int[1], List.of("PROTECTED_HOUSING"), months,
                new double[][][] {{constant(monthlyInflow, months)}}, new double[][][] {{constant(places, months)}}, null,
                new StayDistribution[] {stay}, new double[1][1], new double[1], new int[1], StayDistribution.fixed(1),
                new double[][] {{initial}}, new double[1][1]);
    }

    /**
     * A small region with queues: 3 municipalities in one pool (places in the first), shelter -> through-flow ->
     * tenancy with care limited to 5 dwellings a month, demand 10-20% over capacity.
     */
    public static FlowModel smallRegion(int months) {
        double[] share = {0.6, 0.25, 0.15};
        StayDistribution[] stays = {StayDistribution.gamma(4, 0.8), StayDistribution.uniform(9, 16),
            StayDistribution.gamma(12, 0.5)};
        double[][] next = {{0, 0.4, 0.2}, {0, 0, 0.7}, {0, 0, 0}};
        double[][][] inflow = new double[3][3][];
        double[][][] capacity = new double[3][3][];
        double[][][] limit = new double[3][3][];
        for (int m = 0; m < 3; m++) {
            inflow[m] = new double[][] {constant(11 * share[m], months), constant(1 * share[m], months),
                constant(0.5 * share[m], months)};
            capacity[m] = new double[][] {constant(m == 0 ? 40 : 0, months), constant(m == 0 ? 50 : 0, months),
                constant(Double.POSITIVE_INFINITY, months)};
            limit[m] = new double[][] {constant(Double.POSITIVE_INFINITY, months),
                constant(Double.POSITIVE_INFINITY, months), constant(5 * share[m], months)};
        }
        return new FlowModel(List.of("GM0001", "GM0002", "GM0003"), new int[3],
                List.of("SHELTER", "INTERMEDIATE", "TENANCY_WITH_CARE"), months, inflow, capacity, limit, stays, next,
                new double[] {0.1, 0.05, 0.1}, new int[3], StayDistribution.uniform(3, 12), new double[3][3],
                new double[3][3]);
    }

    static double[] constant(double value, int months) {
        double[] row = new double[months];
        Arrays.fill(row, value);
        return row;
    }
}
