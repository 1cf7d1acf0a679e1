package nl.thuisbasis.planning.parameters;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.planning.common.PlanningScopes;
import nl.thuisbasis.planning.common.PlanningScopes.Scope;
import nl.thuisbasis.planning.domain.HousingType;
import nl.thuisbasis.planning.domain.Parameter;
import nl.thuisbasis.planning.domain.ParameterKey;
import nl.thuisbasis.planning.domain.ParameterSource;
import nl.thuisbasis.planning.domain.SeedDefaults;
import nl.thuisbasis.planning.domain.SteadyState;
import nl.thuisbasis.planning.domain.RealisationStage;
import nl.thuisbasis.planning.realisation.Realisations;
import nl.thuisbasis.region.MunicipalitySummary;
import org.springframework.stereotype.Component;

/**
 * The values a region's parameters get from the records and the seeds, each with its source: places in use and planned
 * counted from the register on a date; stays, transitions and re-entry from the seeds; the inflow derived from today's
 * places and stays (Little's law) and split over the municipalities by households. The source text is a message key
 * with its arguments ({@code key|arg|arg}), shown in the reader's language.
 */
@Component
class MeasuredParameters {

    private final FacilityRegister register;
    private final Realisations realisations;
    private final PlanningScopes scopes;
    private final RecordFigures figures;

    MeasuredParameters(FacilityRegister register, Realisations realisations, PlanningScopes scopes, RecordFigures figures) {
        this.register = register;
        this.realisations = realisations;
        this.scopes = scopes;
        this.figures = figures;
    }

    List<Parameter> measure(Scope scope, LocalDate today) {
        List<Parameter> out = new ArrayList<>();
        // the region's programme: each planned item not yet in use, from its planned half-year (a late one from the
        // next month); a register facility linked to an item counts through the item, never twice
        java.util.Set<java.util.UUID> programmed = new java.util.HashSet<>();
        for (Realisations.Item item : scope.national() ? List.<Realisations.Item>of() : realisations.items(scope.code(), null)) {
            if (item.facilityId() != null) {
                programmed.add(item.facilityId());
            }
            if (item.stage() == RealisationStage.IN_USE || !scope.codes().contains(item.municipality())) {
                continue;
            }
            YearMonth planned = YearMonth.of(item.planned().year(), item.planned().half() == 1 ? 1 : 7);
            YearMonth expected = planned.isBefore(YearMonth.from(today).plusMonths(1)) ? YearMonth.from(today).plusMonths(1) : planned;
            out.add(new Parameter(ParameterKey.PLACES_PLANNED, item.municipality(), item.type(), null, expected, item.places(),
                    ParameterSource.MEASURED, "planning.source.programme|" + item.concept().replace('|', '/') + "|"
                    + item.planned().year() + "|" + item.planned().half() + "|" + today, null, null));
        }
        Map<String, Map<HousingType, double[]>> inUse = new LinkedHashMap<>();
        Map<String, Map<HousingType, Map<YearMonth, double[]>>> planned = new LinkedHashMap<>();
        for (Facility f : scope.national() ? List.<Facility>of() : register.allIn(scope.codes())) {
            HousingType type = HousingType.of(f.type());
            if (type == null || (f.status() != FacilityStatus.IN_USE && programmed.contains(f.id().value()))) {
                continue;
            }
            if (f.status() == FacilityStatus.IN_USE) {
                double[] c = inUse.computeIfAbsent(f.municipalityCode(), k -> new EnumMap<>(HousingType.class))
                        .computeIfAbsent(type, k -> new double[2]);
                c[0] += f.capacity();
                c[1]++;
            } else if (f.status() == FacilityStatus.PLANNED || f.status() == FacilityStatus.BEING_REALISED) {
                LocalDate expected = f.openedOn() != null && f.openedOn().isAfter(today) ? f.openedOn()
                        : today.plusMonths(f.status() == FacilityStatus.PLANNED ? 12 : 6);
                double[] c = planned.computeIfAbsent(f.municipalityCode(), k -> new EnumMap<>(HousingType.class))
                        .computeIfAbsent(type, k -> new LinkedHashMap<>()).computeIfAbsent(YearMonth.from(expected), k -> new double[2]);
                c[0] += f.capacity();
                c[1]++;
            }
        }
        Map<HousingType, Double> regionPlaces = new EnumMap<>(HousingType.class);
        inUse.forEach((m, byType) -> byType.forEach((type, c) -> {
            out.add(new Parameter(ParameterKey.PLACES_IN_USE, m, type, null, null, c[0], ParameterSource.MEASURED,
                    "planning.source.register|" + (int) c[1] + "|" + today, null, null));
            regionPlaces.merge(type, c[0], Double::sum);
        }));
        planned.forEach((m, byType) -> byType.forEach((type, byMonth) -> byMonth.forEach((month, c) -> out.add(
                new Parameter(ParameterKey.PLACES_PLANNED, m, type, null, month, c[0], ParameterSource.MEASURED,
                        "planning.source.registerPlanned|" + (int) c[1] + "|" + today, null, null)))));
        if (scope.national()) {
            national(scope, today, out, regionPlaces);
        }
        if (scope.code().equals("rotterdam") && regionPlaces.isEmpty()) {
            rotterdam(scope, out, regionPlaces);
        }
        Map<HousingType, RecordFigures.Stay> measuredStays = figures.stays(scope, today);
        Map<HousingType, SeedDefaults.Stay> stays = new EnumMap<>(SeedDefaults.STAYS);
        for (HousingType type : HousingType.values()) {
            RecordFigures.Stay measuredStay = measuredStays.get(type);
            if (measuredStay != null) {
                List<Parameter> both = measuredStay.parameters(type);
                out.addAll(both);
                stays.put(type, new SeedDefaults.Stay((int) both.get(0).value(), (int) both.get(1).value(), ""));
                continue;
            }
            SeedDefaults.Stay stay = SeedDefaults.STAYS.get(type);
            out.add(seed(ParameterKey.STAY_MIN_MONTHS, "", type, null, stay.min(), stay.source()));
            out.add(seed(ParameterKey.STAY_MAX_MONTHS, "", type, null, stay.max(), stay.source()));
        }
        SeedDefaults.TRANSITIONS.forEach((from, to) -> to.forEach((target, share) ->
                out.add(seed(ParameterKey.TRANSITION, "", from, target, share, "planning.source.assumption"))));
        Parameter unsuccessful = figures.unsuccessfulTenancies(scope, today).orElse(null);
        for (HousingType type : HousingType.values()) {
            boolean afterCare = type == HousingType.TENANCY_WITH_CARE;
            if (afterCare && unsuccessful != null) {
                out.add(unsuccessful);
                continue;
            }
            out.add(seed(ParameterKey.RETURN_SHARE, "", type, null,
                    afterCare ? SeedDefaults.RETURN_SHARE_AFTER_CARE : SeedDefaults.RETURN_SHARE,
                    afterCare ? "planning.source.seed.reentry" : "planning.source.assumption"));
        }
        out.add(seed(ParameterKey.RETURN_DELAY_MONTHS, "", null, null, SeedDefaults.RETURN_DELAY_MONTHS, "planning.source.assumption"));
        long households = scope.municipalities().stream().mapToLong(m -> m.households() == null ? 0 : m.households()).sum();
        Map<String, Parameter> commitments = figures.commitments(scope, today);
        RecordFigures.ToOffer toOffer = figures.monthsToOffer(scope, today).orElse(null);
        double dwellings = SeedDefaults.REGION_DWELLINGS_PER_YEAR * (scope.code().equals("drechtsteden-alblasserwaard") ? 1.0
                : households / 150_000.0);
        SeedDefaults.Stay care = stays.get(HousingType.TENANCY_WITH_CARE);
        double regionDwellings = commitments.isEmpty() ? dwellings
                : commitments.values().stream().mapToDouble(Parameter::value).sum();
        regionPlaces.put(HousingType.TENANCY_WITH_CARE, regionDwellings * (care.min() + care.max()) / 2.0 / 12);
        Map<HousingType, Double> external = SteadyState.externalInflowPerMonth(regionPlaces, stays,
                SeedDefaults.TRANSITIONS, SeedDefaults.RETURN_SHARE,
                unsuccessful != null ? unsuccessful.value() : SeedDefaults.RETURN_SHARE_AFTER_CARE);
        for (MunicipalitySummary m : scope.municipalities()) {
            double share = households == 0 || m.households() == null ? 0 : (double) m.households() / households;
            if (share == 0) {
                continue;
            }
            Parameter committed = commitments.get(m.code());
            out.add(committed != null ? committed : new Parameter(ParameterKey.DWELLINGS_PER_YEAR, m.code(), null, null, null,
                    round(dwellings * share), ParameterSource.SEED,
                    "planning.source.seed.dwellings|" + SeedDefaults.REGION_DWELLINGS_PER_YEAR, null, null));
            // those waiting for an offer today: dwellings a month x the measured months from readiness to offer
            if (toOffer != null) {
                double perYear = committed != null ? committed.value() : dwellings * share;
                out.add(new Parameter(ParameterKey.WAITING_NOW, m.code(), HousingType.TENANCY_WITH_CARE, null, null,
                        round(perYear / 12 * toOffer.value()), ParameterSource.DERIVED,
                        "planning.source.derived.waitingForOffer|" + toOffer.sourceText(), null, null));
            }
            external.forEach((type, perMonth) -> {
                if (perMonth > 0) {
                    out.add(new Parameter(ParameterKey.INFLOW_PER_YEAR, m.code(), type, null, null, round(perMonth * 12 * share),
                            ParameterSource.DERIVED, "planning.source.derived.inflow", null, null));
                }
            });
            double protectedPlaces = regionPlaces.getOrDefault(HousingType.PROTECTED_HOUSING, 0.0);
            if (protectedPlaces > 0) {
                out.add(new Parameter(ParameterKey.WAITING_NOW, m.code(), HousingType.PROTECTED_HOUSING, null, null,
                        round(protectedPlaces * SeedDefaults.PROTECTED_WAITING_SHARE * share), ParameterSource.SEED,
                        "planning.source.seed.waitingList", null, null));
            }
        }
        return out;
    }

    /**
     * The whole country: the register holds the demo region's places only, so every municipality gets the demo
     * region's places in use per household of each type (derived, and said so), and the rest follows as for a region.
     */
    private void national(Scope scope, LocalDate today, List<Parameter> out, Map<HousingType, Double> regionPlaces) {
        Scope demo = scopes.scope(scopes.demoRegion());
        long demoHouseholds = demo.municipalities().stream().mapToLong(m -> m.households() == null ? 0 : m.households()).sum();
        Map<HousingType, Double> perHousehold = new EnumMap<>(HousingType.class);
        for (Facility f : register.allIn(demo.codes())) {
            HousingType type = HousingType.of(f.type());
            if (type != null && f.status() == FacilityStatus.IN_USE && demoHouseholds > 0) {
                perHousehold.merge(type, (double) f.capacity() / demoHouseholds, Double::sum);
            }
        }
        for (MunicipalitySummary m : scope.municipalities()) {
            if (m.households() == null || m.households() <= 0) {
                continue;
            }
            perHousehold.forEach((type, rate) -> {
                double places = round(rate * m.households());
                if (places > 0) {
                    out.add(new Parameter(ParameterKey.PLACES_IN_USE, m.code(), type, null, null, places, ParameterSource.DERIVED,
                            "planning.source.derived.national|" + demo.name() + "|" + today, null, null));
                    regionPlaces.merge(type, places, Double::sum);
                }
            });
        }
    }

    private static void rotterdam(Scope scope, List<Parameter> out, Map<HousingType, Double> regionPlaces) {
        String gm = scope.codes().get(0);
        out.add(seed(ParameterKey.PLACES_IN_USE, gm, HousingType.PROTECTED_HOUSING, null, SeedDefaults.ROTTERDAM_PROTECTED,
                "planning.source.seed.rotterdamProtected"));
        out.add(seed(ParameterKey.PLACES_IN_USE, gm, HousingType.INTERMEDIATE, null, SeedDefaults.ROTTERDAM_THROUGH_FLOW,
                "planning.source.seed.rotterdamThroughFlow"));
        regionPlaces.put(HousingType.PROTECTED_HOUSING, (double) SeedDefaults.ROTTERDAM_PROTECTED);
        regionPlaces.put(HousingType.INTERMEDIATE, (double) SeedDefaults.ROTTERDAM_THROUGH_FLOW);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static Parameter seed(ParameterKey key, String scope, HousingType type, HousingType to, double value, String source) {
        return new Parameter(key, scope, type, to, null, value, ParameterSource.SEED, source, null, null);
    }
}
