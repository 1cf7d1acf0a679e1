package nl.thuisbasis.planning.analysis;

import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.planning.common.PlanningScopes.Scope;
import nl.thuisbasis.planning.domain.HousingType;
import nl.thuisbasis.planning.model.Projection;
import nl.thuisbasis.planning.model.Simulation;

/** The rows a run saves: per municipality and for the whole scope, per type and year. */
final class Results {

    private Results() {
    }

    static List<ResultRow> rows(Scope scope, ModelBuilder.Built built, Projection projection, Simulation simulation) {
        List<ResultRow> rows = new ArrayList<>();
        int nm = built.model().municipalities().size();
        int years = built.model().months() / 12;
        HousingType[] types = ModelBuilder.TYPES;
        for (int t = 0; t < types.length; t++) {
            for (int y = 0; y < years; y++) {
                int year = firstYear(built) + y;
                double totalDet = 0;
                double totalMean = 0;
                double totalSupply = 0;
                for (int m = 0; m < nm; m++) {
                    double det = yearMean(projection, m, t, y);
                    double mean = yearMean(simulation.meanDemand()[m][t], y);
                    double[] d = simulation.demandBands()[m][t][y];
                    double[] w = simulation.waitingBands()[m][t][y];
                    double supply = built.supply()[m][t][y];
                    rows.add(new ResultRow(scope.municipalities().get(m).code(), types[t], year, d[0], d[1], d[2], mean, det,
                            w[1], w[2], supply));
                    totalDet += det;
                    totalMean += mean;
                    totalSupply += supply;
                }
                double[] d = simulation.totalDemandBands()[t][y];
                double[] w = simulation.totalWaitingBands()[t][y];
                rows.add(new ResultRow("", types[t], year, d[0], d[1], d[2], totalMean, totalDet, w[1], w[2], totalSupply));
            }
        }
        return rows;
    }

    private static int firstYear(ModelBuilder.Built built) {
        return built.firstYear();
    }

    private static double yearMean(Projection p, int m, int t, int y) {
        double sum = 0;
        for (int k = 12 * y; k < 12 * y + 12; k++) {
            sum += p.demand(m, t, k);
        }
        return sum / 12;
    }

    private static double yearMean(double[] monthly, int y) {
        double sum = 0;
        for (int k = 12 * y; k < 12 * y + 12; k++) {
            sum += monthly[k];
        }
        return sum / 12;
    }
}
