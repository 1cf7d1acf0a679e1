package nl.thuisbasis.planning.model;

/**
 * The Monte Carlo result. Monthly means per origin municipality x type x month; bands per origin municipality x type
 * x YEAR (year y = months 12y..12y+11; a run's yearly value is the mean over its 12 months), each band P10, P50, P90
 * over the runs (linear interpolation between order statistics).
 *
 * @param meanDemand    [m][t][k] mean over runs of demand (occupied + waiting) per month
 * @param meanWaiting   [m][t][k] mean over runs of waiting (outside + in another type's place)
 * @param demandBands   [m][t][y][3] P10, P50, P90 of the yearly demand
 * @param waitingBands  [m][t][y][3]
 * @param occupiedBands [m][t][y][3]
 * @param totalDemandBands  [t][y][3] P10, P50, P90 of the whole model's yearly demand (all municipalities together: the
 *                          band of a sum is not the sum of the bands)
 * @param totalWaitingBands [t][y][3]
 */
public record Simulation(FlowModel model, int runs, long seed,
        double[][][] meanDemand,
        double[][][] meanWaiting,
        double[][][][] demandBands,
        double[][][][] waitingBands,
        double[][][][] occupiedBands,
        double[][][] totalDemandBands,
        double[][][] totalWaitingBands) {

    public static final int P10 = 0;
    public static final int P50 = 1;
    public static final int P90 = 2;
}
