package nl.thuisbasis.planning.parameters;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.outflow.OutflowFigures;
import nl.thuisbasis.planning.commitment.Commitments;
import nl.thuisbasis.planning.common.PlanningScopes.Scope;
import nl.thuisbasis.planning.domain.HousingType;
import nl.thuisbasis.planning.domain.Parameter;
import nl.thuisbasis.planning.domain.ParameterKey;
import nl.thuisbasis.planning.domain.ParameterSource;
import nl.thuisbasis.trajectory.TrajectoryFigures;
import org.springframework.stereotype.Component;

/**
 * What the product's own records say, as parameters with their source: stays from the trajectories (the last two
 * years, at least 5 stays per type), the share of tenancies with care that failed within 12 months and the months from
 * readiness to an offer (outflow), and the corporations' commitments of dwellings for outflow for next year.
 */
@Component
class RecordFigures {

    /** Spread around a measured mean stay: the records give a mean, the model a shortest and longest stay. */
    static final double SPREAD = 0.5;

    private final TrajectoryFigures trajectories;
    private final OutflowFigures outflow;
    private final Commitments commitments;

    RecordFigures(TrajectoryFigures trajectories, OutflowFigures outflow, Commitments commitments) {
        this.trajectories = trajectories;
        this.outflow = outflow;
        this.commitments = commitments;
    }

    /** A measured mean stay of a housing type with the number of stays and the period. */
    record Stay(double meanMonths, int count, LocalDate from, LocalDate to) {

        List<Parameter> parameters(HousingType type) {
            String source = "planning.source.trajectoryStay|" + count + "|" + Math.round(meanMonths * 10) / 10.0 + "|" + from
                    + "|" + to;
            int min = (int) Math.max(1, Math.round(meanMonths * (1 - SPREAD)));
            int max = (int) Math.max(min, Math.round(meanMonths * (1 + SPREAD)));
            return List.of(new Parameter(ParameterKey.STAY_MIN_MONTHS, "", type, null, null, min, ParameterSource.MEASURED, source,
                    null, null), new Parameter(ParameterKey.STAY_MAX_MONTHS, "", type, null, null, max, ParameterSource.MEASURED,
                    source, null, null));
        }
    }

    /** The measured months from readiness to an offer, and the source text naming the records. */
    record ToOffer(double value, String sourceText) {
    }

    Map<HousingType, Stay> stays(Scope scope, LocalDate today) {
        LocalDate from = today.minusYears(2);
        Map<HousingType, double[]> sums = new EnumMap<>(HousingType.class);
        Map<FacilityType, TrajectoryFigures.Measured> measured = scope.national() ? Map.of()
                : trajectories.meanStayMonths(scope.codes(), from, today);
        measured.forEach((facilityType, m) -> {
            HousingType type = HousingType.of(facilityType);
            if (type != null) {
                double[] sum = sums.computeIfAbsent(type, k -> new double[2]);
                sum[0] += m.value() * m.count();
                sum[1] += m.count();
            }
        });
        Map<HousingType, Stay> stays = new EnumMap<>(HousingType.class);
        sums.forEach((type, sum) -> stays.put(type, new Stay(sum[0] / sum[1], (int) sum[1], from, today)));
        return stays;
    }

    Optional<Parameter> unsuccessfulTenancies(Scope scope, LocalDate today) {
        return (scope.national() ? Optional.<OutflowFigures.Measured>empty() : outflow.unsuccessfulWithin12Months(scope.codes(), today))
                .filter(m -> m.count() >= 5)
                .map(m -> new Parameter(ParameterKey.RETURN_SHARE, "", HousingType.TENANCY_WITH_CARE, null, null,
                        Math.round(m.value() * 1000) / 1000.0, ParameterSource.MEASURED,
                        "planning.source.outflowOutcomes|" + m.count() + "|" + today.minusYears(1), null, null));
    }

    Optional<ToOffer> monthsToOffer(Scope scope, LocalDate today) {
        LocalDate from = today.minusYears(1);
        return (scope.national() ? Optional.<OutflowFigures.Measured>empty() : outflow.monthsToOffer(scope.codes(), from, today))
                .filter(m -> m.count() >= 5)
                .map(m -> new ToOffer(m.value(), "planning.source.outflowOffers|" + m.count() + "|"
                        + Math.round(m.value() * 10) / 10.0 + "|" + from + "|" + today));
    }

    /** Per municipality: the dwellings for outflow the corporations committed for next year, where any did. */
    Map<String, Parameter> commitments(Scope scope, LocalDate today) {
        Map<String, Parameter> out = new HashMap<>();
        if (scope.national()) {
            return out;
        }
        int year = today.getYear() + 1;
        Map<String, int[]> sums = new HashMap<>();
        for (Commitments.Commitment c : commitments.list(scope.code(), year, 10_000, 0)) {
            int[] sum = sums.computeIfAbsent(c.municipality(), k -> new int[2]);
            sum[0] += c.dwellings();
            sum[1]++;
        }
        sums.forEach((gm, sum) -> out.put(gm, new Parameter(ParameterKey.DWELLINGS_PER_YEAR, gm, null, null, null, sum[0],
                ParameterSource.MEASURED, "planning.source.commitments|" + sum[1] + "|" + year + "|" + today, null, null)));
        return out;
    }
}
