package nl.thuisbasis.planning.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * The seeded Monte Carlo simulation of a {@link FlowModel}: people as counts and queues (see {@link MonteCarloRun}),
 * Poisson arrivals, sampled stays, moves and return delays, first come first served with ties at random.
 * <p>
 * Run r draws from its own generator, seeded from (seed, r) alone, and each worker takes the next run to do; monthly
 * sums are exact integer sums and the yearly values are kept per run, so the result is the same whatever the number
 * of threads and whichever worker did which run.
 */
public final class MonteCarloEngine {

    public static final int MAX_RUNS = 10_000;

    private MonteCarloEngine() {
    }

    /**
     * Runs the model {@code runs} times (1..10,000) on {@code threads} worker threads; {@code progress} receives the
     * number of runs done so far (from worker threads, not necessarily in order). Same model, seed and runs give an
     * identical Simulation whatever the threads.
     */
    public static Simulation simulate(FlowModel model, int runs, long seed, int threads, IntConsumer progress) {
        model.requireValid();
        if (runs < 1 || runs > MAX_RUNS) {
            throw new IllegalArgumentException("runs must be 1 to " + MAX_RUNS + ", was " + runs);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        IntConsumer report = progress == null ? done -> { } : progress;
        int workers = Math.min(threads, runs);
        int cells = model.municipalityCount() * model.typeCount();
        int cellMonths = cells * model.months();
        int cellYears = cells * model.years();
        PooledLimits limits = new PooledLimits(model);
        double[][] inflowAndExp = MonteCarloRun.inflowAndExp(model);
        int[][] occupiedYear = new int[runs][];
        int[][] waitingYear = new int[runs][];
        AtomicInteger nextRun = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long[] demandSum = new long[cellMonths];
        long[] waitingSum = new long[cellMonths];
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            List<Future<long[][]>> sums = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                sums.add(pool.submit(() -> {
                    MonteCarloRun simulator = new MonteCarloRun(model, limits, inflowAndExp);
                    long[] demand = new long[cellMonths];
                    long[] waiting = new long[cellMonths];
                    for (int r = nextRun.getAndIncrement(); r < runs; r = nextRun.getAndIncrement()) {
                        occupiedYear[r] = new int[cellYears];
                        waitingYear[r] = new int[cellYears];
                        simulator.run(new SplittableRandom(seedOfRun(seed, r)), demand, waiting, occupiedYear[r],
                                waitingYear[r]);
                        report.accept(done.incrementAndGet());
                    }
                    return new long[][] {demand, waiting};
                }));
            }
            for (Future<long[][]> sum : sums) {
                long[][] worker = sum.get();
                for (int i = 0; i < cellMonths; i++) {
                    demandSum[i] += worker[0][i];
                    waitingSum[i] += worker[1][i];
                }
            }
            Bands bands = new Bands(model, runs, occupiedYear, waitingYear);
            List<Future<?>> parts = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int part = w;
                parts.add(pool.submit(() -> bands.compute(part, workers)));
            }
            for (Future<?> part : parts) {
                part.get();
            }
            bands.totals();
            return new Simulation(model, runs, seed, perMonth(model, demandSum, runs),
                    perMonth(model, waitingSum, runs), bands.demand, bands.waiting, bands.occupied, bands.totalDemand,
                    bands.totalWaiting);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("simulation failed", e.getCause());
        }
    }

    /** The generator seed of run r: a mix of seed and r (SplitMix64's finaliser), independent of the threads. */
    static long seedOfRun(long seed, int run) {
        return mix(seed ^ mix(run * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double[][][] perMonth(FlowModel model, long[] sum, int runs) {
        int tCount = model.typeCount();
        int months = model.months();
        double[][][] result = new double[model.municipalityCount()][tCount][months];
        for (int m = 0; m < result.length; m++) {
            for (int t = 0; t < tCount; t++) {
                for (int k = 0; k < months; k++) {
                    result[m][t][k] = sum[k * result.length * tCount + m * tCount + t] / (double) runs;
                }
            }
        }
        return result;
    }

    /** P10, P50 and P90 over the runs of each cell's yearly mean, computed in parts by the workers. */
    private static final class Bands {
        private final int runs;
        private final int tCount;
        private final int years;
        private final int[][] occupiedYear;
        private final int[][] waitingYear;
        final double[][][][] demand;
        final double[][][][] waiting;
        final double[][][][] occupied;
        final double[][][] totalDemand;
        final double[][][] totalWaiting;

        Bands(FlowModel model, int runs, int[][] occupiedYear, int[][] waitingYear) {
            this.runs = runs;
            this.tCount = model.typeCount();
            this.years = model.years();
            this.occupiedYear = occupiedYear;
            this.waitingYear = waitingYear;
            int mCount = model.municipalityCount();
            demand = new double[mCount][tCount][years][];
            waiting = new double[mCount][tCount][years][];
            occupied = new double[mCount][tCount][years][];
            totalDemand = new double[tCount][years][];
            totalWaiting = new double[tCount][years][];
        }

        /** The bands of the whole model: per run the sum over the municipalities, then P10, P50 and P90. */
        void totals() {
            int mCount = demand.length;
            int[] wait = new int[runs];
            int[] both = new int[runs];
            for (int t = 0; t < tCount; t++) {
                for (int y = 0; y < years; y++) {
                    for (int r = 0; r < runs; r++) {
                        int w = 0;
                        int o = 0;
                        for (int m = 0; m < mCount; m++) {
                            int i = y * mCount * tCount + m * tCount + t;
                            w += waitingYear[r][i];
                            o += occupiedYear[r][i];
                        }
                        wait[r] = w;
                        both[r] = w + o;
                    }
                    totalWaiting[t][y] = percentiles(wait);
                    totalDemand[t][y] = percentiles(both);
                }
            }
        }

        void compute(int part, int parts) {
            int[] occ = new int[runs];
            int[] wait = new int[runs];
            int[] both = new int[runs];
            for (int m = part; m < demand.length; m += parts) {
                for (int t = 0; t < tCount; t++) {
                    for (int y = 0; y < years; y++) {
                        int i = y * demand.length * tCount + m * tCount + t;
                        for (int r = 0; r < runs; r++) {
                            occ[r] = occupiedYear[r][i];
                            wait[r] = waitingYear[r][i];
                            both[r] = occ[r] + wait[r];
                        }
                        occupied[m][t][y] = percentiles(occ);
                        waiting[m][t][y] = percentiles(wait);
                        demand[m][t][y] = percentiles(both);
                    }
                }
            }
        }

        /** P10, P50, P90 of yearly sums (12 months), as monthly means; linear between order statistics. */
        private static double[] percentiles(int[] yearSums) {
            Arrays.sort(yearSums);
            return new double[] {at(yearSums, 0.1) / 12, at(yearSums, 0.5) / 12, at(yearSums, 0.9) / 12};
        }

        private static double at(int[] sorted, double p) {
            double position = p * (sorted.length - 1);
            int low = (int) Math.floor(position);
            int high = Math.min(sorted.length - 1, low + 1);
            return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
        }
    }
}
