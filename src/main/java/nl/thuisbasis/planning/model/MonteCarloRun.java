package nl.thuisbasis.planning.model;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One worker's simulator: counts per cell (origin m x type t), a calendar of stay ends and of returns per cell, and a
 * queue of people per pool and type. Reused for run after run; the work per run is proportional to the number of
 * events (arrivals, stay ends, admissions), not to the people in places. Same month order as
 * {@link DeterministicEngine}; capacity counts whole places (rounded down), a fractional admission limit is rounded
 * at random to the integer below or above with the fraction as probability, so its mean is kept.
 */
final class MonteCarloRun {

    private final FlowModel model;
    private final int mCount;
    private final int tCount;
    private final int months;
    private final int years;
    private final int[] poolOf;
    private final PooledLimits limits;
    private final StayDistribution[] stay;
    private final StayDistribution[] residual;
    private final double[][] nextCumulative;
    private final double[] nextTotal;
    private final double[] inflow;          // [k * cells + c], month-major so that a month's cells are adjacent
    private final double[] expMinusInflow;  // [k * cells + c]
    private final int[] dueEnds;             // [k * cells + c]
    private final int[] returnsDue;          // [k * cells + c]
    private final int cells;
    private final int[] occupied;            // [c]
    private final int[] outside;             // [c]
    private final int[] inPlaceFor;          // [c]: of origin m, in another type's place, waiting for t
    private final int[] poolOccupied;        // [q = pool * T + t]
    private final int[] free;                // [q]
    private final long[] joinedMark;         // [q]
    private final PersonQueue[] queues;      // [q]

    MonteCarloRun(FlowModel model, PooledLimits limits, double[][] inflowAndExp) {
        this.model = model;
        this.limits = limits;
        this.inflow = inflowAndExp[0];
        this.expMinusInflow = inflowAndExp[1];
        mCount = model.municipalityCount();
        tCount = model.typeCount();
        months = model.months();
        years = model.years();
        poolOf = model.poolOf();
        stay = model.stay();
        residual = new StayDistribution[tCount];
        nextCumulative = new double[tCount][tCount];
        nextTotal = new double[tCount];
        for (int t = 0; t < tCount; t++) {
            residual[t] = stay[t].residual();
            double sum = 0;
            for (int t2 = 0; t2 < tCount; t2++) {
                sum += model.next()[t][t2];
                nextCumulative[t][t2] = sum;
            }
            nextTotal[t] = sum;
        }
        cells = mCount * tCount;
        dueEnds = new int[cells * months];
        returnsDue = new int[cells * months];
        occupied = new int[cells];
        outside = new int[cells];
        inPlaceFor = new int[cells];
        int queueCount = limits.pools() * tCount;
        poolOccupied = new int[queueCount];
        free = new int[queueCount];
        joinedMark = new long[queueCount];
        queues = new PersonQueue[queueCount];
        for (int q = 0; q < queueCount; q++) {
            queues[q] = new PersonQueue();
        }
    }

    /** Inflow and exp(-inflow) per month and cell, [k * cells + c], for the Poisson draws (shared by all workers). */
    static double[][] inflowAndExp(FlowModel model) {
        int t = model.typeCount();
        int cellCount = model.municipalityCount() * t;
        double[][] result = new double[2][cellCount * model.months()];
        for (int m = 0; m < model.municipalityCount(); m++) {
            for (int type = 0; type < t; type++) {
                for (int month = 0; month < model.months(); month++) {
                    double mean = model.inflow()[m][type][month];
                    result[0][month * cellCount + m * t + type] = mean;
                    result[1][month * cellCount + m * t + type] = Math.exp(-mean);
                }
            }
        }
        return result;
    }

    /**
     * One run. Adds demand and waiting per cell and month to the sums, writes the run's yearly totals (sum over the
     * year's 12 months) of occupied and waiting per cell and year, [y * cells + c]; the sums are [k * cells + c].
     */
    void run(SplittableRandom random, long[] demandSum, long[] waitingSum, int[] occupiedYear, int[] waitingYear) {
        reset();
        start(random);
        for (int k = 0; k < months; k++) {
            for (int q = 0; q < queues.length; q++) {
                joinedMark[q] = queues[q].joined();
            }
            for (int m = 0; m < mCount; m++) {
                for (int t = 0; t < tCount; t++) {
                    arrive(m, t, k, random);
                }
            }
            for (int m = 0; m < mCount; m++) {
                for (int t = 0; t < tCount; t++) {
                    endStays(m, t, k, random);
                }
            }
            for (int q = 0; q < queues.length; q++) {
                queues[q].shuffleSince(joinedMark[q], random);
                free[q] = freePlaces(q, k, random);
            }
            for (int q = 0; q < queues.length; q++) {
                admit(q, k, random);
            }
            record(k, demandSum, waitingSum, occupiedYear, waitingYear);
        }
    }

    private void reset() {
        Arrays.fill(dueEnds, 0);
        Arrays.fill(returnsDue, 0);
        Arrays.fill(occupied, 0);
        Arrays.fill(outside, 0);
        Arrays.fill(inPlaceFor, 0);
        Arrays.fill(poolOccupied, 0);
        for (PersonQueue queue : queues) {
            queue.clear();
        }
    }

    private void start(SplittableRandom random) {
        for (int m = 0; m < mCount; m++) {
            int pool = poolOf[m];
            for (int t = 0; t < tCount; t++) {
                int c = m * tCount + t;
                int people = roundAtRandom(model.initialOccupied()[m][t], random);
                occupied[c] = people;
                poolOccupied[pool * tCount + t] += people;
                for (int i = 0; i < people; i++) {
                    int leaves = residual[t].sample(random) - 1;
                    if (leaves < months) {
                        dueEnds[leaves * cells + c]++;
                    }
                }
                int waiting = roundAtRandom(model.initialWaiting()[m][t], random);
                if (waiting > 0) {
                    outside[c] += waiting;
                    queues[pool * tCount + t].add(m * (tCount + 1), waiting);
                }
            }
        }
        for (PersonQueue queue : queues) {
            queue.shuffleSince(0, random);
        }
    }

    private void arrive(int m, int t, int k, SplittableRandom random) {
        int c = m * tCount + t;
        int kc = k * cells + c;
        int n = Poisson.sample(random, inflow[kc], expMinusInflow[kc]) + returnsDue[kc];
        if (n > 0) {
            outside[c] += n;
            queues[poolOf[m] * tCount + t].add(m * (tCount + 1), n);
        }
    }

    private void endStays(int m, int t, int k, SplittableRandom random) {
        int c = m * tCount + t;
        int n = dueEnds[k * cells + c];
        if (n == 0) {
            return;
        }
        int pool = poolOf[m];
        double[] cumulative = nextCumulative[t];
        double total = nextTotal[t];
        double share = model.returnShare()[t];
        int back = m * tCount + model.returnTo()[t];
        StayDistribution delay = model.returnDelay();
        for (int i = 0; i < n; i++) {
            double u = total > 0 ? random.nextDouble() : 1;
            int to = -1;
            if (u < total) {
                to = 0;
                while (to < tCount - 1 && u >= cumulative[to]) {
                    to++;
                }
            }
            if (to >= 0) {
                queues[pool * tCount + to].add(m * (tCount + 1) + 1 + t, 1);
                inPlaceFor[m * tCount + to]++;
            } else {
                occupied[c]--;
                poolOccupied[pool * tCount + t]--;
                if (share > 0 && random.nextDouble() < share) {
                    int when = k + delay.sample(random);
                    if (when < months) {
                        returnsDue[when * cells + back]++;
                    }
                }
            }
        }
    }

    private int freePlaces(int q, int k, SplittableRandom random) {
        int pool = q / tCount;
        int t = q % tCount;
        double capacity = limits.capacity(pool, t, k);
        long places = Double.isInfinite(capacity) ? Integer.MAX_VALUE : (long) Math.floor(capacity + 1e-9);
        long result = Math.max(0, places - poolOccupied[q]);
        double limit = limits.limit(pool, t, k);
        if (!Double.isInfinite(limit)) {
            result = Math.min(result, roundAtRandom(limit, random));
        }
        return (int) Math.min(result, Integer.MAX_VALUE);
    }

    private void admit(int q, int k, SplittableRandom random) {
        PersonQueue queue = queues[q];
        int n = Math.min(free[q], queue.size());
        if (n == 0) {
            return;
        }
        int t = q % tCount;
        StayDistribution stayOfT = stay[t];
        for (int i = 0; i < n; i++) {
            int person = queue.poll();
            int m = person / (tCount + 1);
            int source = person % (tCount + 1);
            int c = m * tCount + t;
            if (source == 0) {
                outside[c]--;
            } else {
                int from = source - 1;
                occupied[m * tCount + from]--;
                poolOccupied[poolOf[m] * tCount + from]--;
                inPlaceFor[c]--;
            }
            occupied[c]++;
            poolOccupied[q]++;
            int ends = k + stayOfT.sample(random);
            if (ends < months) {
                dueEnds[ends * cells + c]++;
            }
        }
    }

    private void record(int k, long[] demandSum, long[] waitingSum, int[] occupiedYear, int[] waitingYear) {
        int y = k / 12;
        boolean inYear = y < years;
        int kc = k * cells;
        int yc = y * cells;
        for (int c = 0; c < cells; c++) {
            int waiting = outside[c] + inPlaceFor[c];
            demandSum[kc + c] += occupied[c] + waiting;
            waitingSum[kc + c] += waiting;
            if (inYear) {
                occupiedYear[yc + c] += occupied[c];
                waitingYear[yc + c] += waiting;
            }
        }
    }

    /** The integer below or above {@code value}, above with the fraction as probability (keeps the mean). */
    private static int roundAtRandom(double value, SplittableRandom random) {
        double floor = Math.floor(value);
        double fraction = value - floor;
        int whole = (int) Math.min(floor, Integer.MAX_VALUE);
        return fraction > 1e-12 && random.nextDouble() < fraction ? whole + 1 : whole;
    }
}
