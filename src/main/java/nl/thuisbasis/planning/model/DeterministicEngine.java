package nl.thuisbasis.planning.model;

/**
 * The expected-value projection of a {@link FlowModel}: the same month as the Monte Carlo engine with expectations for
 * draws. Each month k: (1) arrivals and returns due join the queue outside; (2) stays ending this month (read from a
 * per-cell calendar of expected ends) move on to the queue of their next type, waiting in their place, or leave the
 * system (a share comes back later, booked on a calendar of returns); (3) admissions: per pool and type the free places
 * (pooled capacity minus pooled occupancy at the start of this step, never negative, at most the pooled admission
 * limit) are filled from everyone waiting for the type, the same fraction of every waiting group. A place left by
 * someone admitted elsewhere is free from the next month's step 3 on. An admission spreads its stay's mass over the
 * calendar of its cell, so the work is months x cells x stay length, not people.
 */
public final class DeterministicEngine {

    private DeterministicEngine() {
    }

    public static Projection project(FlowModel model) {
        model.requireValid();
        return new DeterministicEngine.Run(model).project();
    }

    private static final class Run {
        private final FlowModel model;
        private final int mCount;
        private final int tCount;
        private final int months;
        private final int[] poolOf;
        private final double[][] pmf;
        private final double[] returnDelay;
        private final double[][] occupied;
        private final double[][] outside;
        private final double[][][] inPlace;  // [m][t][t2]: in a place of t, waiting for t2
        private final double[][][] dueEnds;  // [m][t][k] expected stays ending in month k
        private final double[][][] returns;  // [m][t][k] expected returns into t in month k
        private final PooledLimits limits;

        Run(FlowModel model) {
            this.model = model;
            mCount = model.municipalityCount();
            tCount = model.typeCount();
            months = model.months();
            poolOf = model.poolOf();
            pmf = new double[tCount][];
            for (int t = 0; t < tCount; t++) {
                pmf[t] = model.stay()[t].pmf();
            }
            returnDelay = model.returnDelay().pmf();
            occupied = new double[mCount][tCount];
            outside = new double[mCount][tCount];
            inPlace = new double[mCount][tCount][tCount];
            dueEnds = new double[mCount][tCount][months];
            returns = new double[mCount][tCount][months];
            limits = new PooledLimits(model);
        }

        Projection project() {
            double[][][] occ = new double[mCount][tCount][months];
            double[][][] waitOut = new double[mCount][tCount][months];
            double[][][] waitIn = new double[mCount][tCount][months];
            double[][][] admitted = new double[mCount][tCount][months];
            double[][][] left = new double[mCount][tCount][months];
            start();
            int pools = limits.pools();
            double[][] poolOccupied = new double[pools][tCount];
            double[][] poolWaiting = new double[pools][tCount];
            double[][] fraction = new double[pools][tCount];
            for (int k = 0; k < months; k++) {
                for (int m = 0; m < mCount; m++) {
                    for (int t = 0; t < tCount; t++) {
                        outside[m][t] += model.inflow()[m][t][k] + returns[m][t][k];
                        endStays(m, t, k, left);
                    }
                }
                // step 3: free places and waiting per pool and type, all before anyone is admitted
                for (double[] row : poolOccupied) {
                    java.util.Arrays.fill(row, 0);
                }
                for (double[] row : poolWaiting) {
                    java.util.Arrays.fill(row, 0);
                }
                for (int m = 0; m < mCount; m++) {
                    int p = poolOf[m];
                    for (int t = 0; t < tCount; t++) {
                        poolOccupied[p][t] += occupied[m][t];
                        poolWaiting[p][t] += outside[m][t];
                        for (int from = 0; from < tCount; from++) {
                            poolWaiting[p][t] += inPlace[m][from][t];
                        }
                    }
                }
                for (int p = 0; p < pools; p++) {
                    for (int t = 0; t < tCount; t++) {
                        double free = limits.free(p, t, k, poolOccupied[p][t]);
                        double waiting = poolWaiting[p][t];
                        fraction[p][t] = waiting <= 0 ? 0 : Math.min(1, free / waiting);
                    }
                }
                for (int m = 0; m < mCount; m++) {
                    admit(m, k, fraction[poolOf[m]], admitted, left);
                }
                for (int m = 0; m < mCount; m++) {
                    for (int t = 0; t < tCount; t++) {
                        occ[m][t][k] = occupied[m][t];
                        waitOut[m][t][k] = outside[m][t];
                        double in = 0;
                        for (int from = 0; from < tCount; from++) {
                            in += inPlace[m][from][t];
                        }
                        waitIn[m][t][k] = in;
                    }
                }
            }
            return new Projection(model, occ, waitOut, waitIn, admitted, left);
        }

        /** Initial occupants get equilibrium residual stays (residual r leaves in month r - 1); the waiting queue. */
        private void start() {
            for (int t = 0; t < tCount; t++) {
                double[] residual = model.stay()[t].residual().pmf();
                for (int m = 0; m < mCount; m++) {
                    double people = model.initialOccupied()[m][t];
                    occupied[m][t] = people;
                    outside[m][t] = model.initialWaiting()[m][t];
                    if (people > 0) {
                        for (int r = 1; r < residual.length && r - 1 < months; r++) {
                            dueEnds[m][t][r - 1] += people * residual[r];
                        }
                    }
                }
            }
        }

        private void endStays(int m, int t, int k, double[][][] left) {
            double ending = dueEnds[m][t][k];
            if (ending <= 0) {
                return;
            }
            double[] nextRow = model.next()[t];
            double movingOn = 0;
            for (int t2 = 0; t2 < tCount; t2++) {
                double share = ending * nextRow[t2];
                inPlace[m][t][t2] += share;
                movingOn += share;
            }
            double leaving = Math.max(0, ending - movingOn);
            occupied[m][t] -= leaving;
            left[m][t][k] += leaving;
            double coming = leaving * model.returnShare()[t];
            if (coming > 0) {
                double[] into = returns[m][model.returnTo()[t]];
                for (int d = 1; d < returnDelay.length && k + d < months; d++) {
                    into[k + d] += coming * returnDelay[d];
                }
            }
        }

        private void admit(int m, int k, double[] fraction, double[][][] admitted, double[][][] left) {
            for (int t = 0; t < tCount; t++) {
                double f = fraction[t];
                if (f <= 0) {
                    continue;
                }
                double in = outside[m][t] * f;
                outside[m][t] -= in;
                for (int from = 0; from < tCount; from++) {
                    double moving = inPlace[m][from][t] * f;
                    if (moving > 0) {
                        inPlace[m][from][t] -= moving;
                        occupied[m][from] -= moving;
                        left[m][from][k] += moving;
                        in += moving;
                    }
                }
                if (in <= 0) {
                    continue;
                }
                occupied[m][t] += in;
                admitted[m][t][k] += in;
                double[] p = pmf[t];
                double[] due = dueEnds[m][t];
                int last = Math.min(p.length - 1, months - 1 - k);
                for (int s = 1; s <= last; s++) {
                    due[k + s] += in * p[s];
                }
            }
        }
    }
}
