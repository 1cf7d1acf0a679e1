package nl.thuisbasis.planning.analysis;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.planning.common.PlanningScopes.Scope;
import nl.thuisbasis.planning.domain.HousingType;
import nl.thuisbasis.planning.domain.Parameter;
import nl.thuisbasis.planning.domain.ParameterKey;
import nl.thuisbasis.planning.model.FlowModel;
import nl.thuisbasis.planning.model.StayDistribution;
import nl.thuisbasis.planning.parameters.ParameterSet;
import nl.thuisbasis.region.MunicipalitySummary;

/**
 * Turns a parameter set and a scenario into the flow model: one pool per scope (the region shares its places), the
 * municipalities as origins, ten types, 120 months from January of the first year. Places of a type in a month are
 * those in use plus those planned from their month on (later by the scenario's delay); outflow with care has no
 * places but at most the dwellings a year / 12 admissions a month. People in places today are counted by origin in
 * proportion to households; those waiting today as the parameter says.
 */
final class ModelBuilder {

    static final int MONTHS = 120;
    static final HousingType[] TYPES = HousingType.values();

    /** The model and the supply the gap is measured against: places located in a municipality, [m][t][year]. */
    record Built(FlowModel model, double[][][] supply, int firstYear) {
    }

    private ModelBuilder() {
    }

    static Built build(ParameterSet set, Scope scope, Scenario scenario, int firstYear) {
        List<MunicipalitySummary> munis = scope.municipalities();
        int nm = munis.size();
        int nt = TYPES.length;
        Map<String, Integer> index = new HashMap<>();
        for (int m = 0; m < nm; m++) {
            index.put(munis.get(m).code(), m);
        }
        long households = munis.stream().mapToLong(m -> m.households() == null ? 0 : m.households()).sum();
        double[] share = new double[nm];
        for (int m = 0; m < nm; m++) {
            share[m] = households == 0 ? 1.0 / nm : (munis.get(m).households() == null ? 0 : munis.get(m).households()) / (double) households;
        }
        YearMonth start = YearMonth.of(firstYear, 1);
        double[][][] inflow = new double[nm][nt][MONTHS];
        double[][][] capacity = new double[nm][nt][MONTHS];
        double[][][] limit = new double[nm][nt][MONTHS];
        double[][] occupied = new double[nm][nt];
        double[][] waiting = new double[nm][nt];
        for (double[][] a : limit) {
            for (double[] b : a) {
                Arrays.fill(b, Double.POSITIVE_INFINITY);
            }
        }
        StayDistribution[] stay = new StayDistribution[nt];
        double[][] next = new double[nt][nt];
        double[] returnShare = new double[nt];
        int[] returnTo = new int[nt];
        double[] regionInUse = new double[nt];
        for (int t = 0; t < nt; t++) {
            HousingType type = TYPES[t];
            int min = (int) Math.round(set.value(ParameterKey.STAY_MIN_MONTHS, type, 1));
            int max = (int) Math.round(set.value(ParameterKey.STAY_MAX_MONTHS, type, min));
            stay[t] = StayDistribution.uniform(min, Math.max(min, max)).scaled(scenario.stayFactor());
            returnShare[t] = set.value(ParameterKey.RETURN_SHARE, type, 0);
            returnTo[t] = HousingType.SHELTER.ordinal();
        }
        for (Parameter p : set.parameters()) {
            Integer m = index.get(p.scope());
            int t = p.type() == null ? -1 : p.type().ordinal();
            switch (p.key()) {
                case TRANSITION -> next[t][p.toType().ordinal()] = p.value();
                case INFLOW_PER_YEAR -> {
                    if (m != null) {
                        Arrays.fill(inflow[m][t], p.value() / 12 * scenario.inflowFactor());
                    }
                }
                case PLACES_IN_USE -> {
                    if (m != null) {
                        for (int k = 0; k < MONTHS; k++) {
                            capacity[m][t][k] += p.value();
                        }
                        regionInUse[t] += p.value();
                    }
                }
                case PLACES_PLANNED -> {
                    if (m != null) {
                        int from = Math.max(0, (int) java.time.temporal.ChronoUnit.MONTHS.between(start,
                                p.month().plusMonths(scenario.delayMonths())));
                        for (int k = from; k < MONTHS; k++) {
                            capacity[m][t][k] = Math.max(0, capacity[m][t][k] + p.value());
                        }
                    }
                }
                case WAITING_NOW -> {
                    if (m != null) {
                        waiting[m][t] += p.value();
                    }
                }
                case DWELLINGS_PER_YEAR -> {
                    if (m != null) {
                        Arrays.fill(limit[m][HousingType.TENANCY_WITH_CARE.ordinal()], p.value() / 12);
                    }
                }
                default -> { }
            }
        }
        int care = HousingType.TENANCY_WITH_CARE.ordinal();
        double[][][] supply = new double[nm][nt][MONTHS / 12];
        for (int m = 0; m < nm; m++) {
            inflow[m][HousingType.SHELTER.ordinal()] = add(inflow[m][HousingType.SHELTER.ordinal()],
                    scenario.outsideInflowPerYear() / 12 * share[m]);
            for (int t = 0; t < nt; t++) {
                occupied[m][t] = regionInUse[t] * share[m];
                for (int y = 0; y < MONTHS / 12; y++) {
                    double sum = 0;
                    for (int k = 12 * y; k < 12 * y + 12; k++) {
                        sum += t != care ? capacity[m][t][k]
                                : Double.isInfinite(limit[m][t][k]) ? 0 : limit[m][t][k] * stay[t].mean();
                    }
                    supply[m][t][y] = sum / 12;
                }
            }
            Arrays.fill(capacity[m][care], Double.POSITIVE_INFINITY);
        }
        List<String> types = Arrays.stream(TYPES).map(Enum::name).toList();
        FlowModel model = new FlowModel(munis.stream().map(MunicipalitySummary::code).toList(), new int[nm], types, MONTHS,
                inflow, capacity, limit, stay, next, returnShare, returnTo,
                StayDistribution.uniform(1, Math.max(1, 2 * (int) Math.round(set.value(ParameterKey.RETURN_DELAY_MONTHS, null, 12)) - 1)),
                occupied, waiting);
        return new Built(model, supply, firstYear);
    }

    private static double[] add(double[] values, double extra) {
        for (int k = 0; k < values.length; k++) {
            values[k] += extra;
        }
        return values;
    }
}
