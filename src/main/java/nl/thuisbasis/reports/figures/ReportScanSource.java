package nl.thuisbasis.reports.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.reports.ReportProperties;
import nl.thuisbasis.reports.ReportStatistics;
import nl.thuisbasis.platform.WorkingDays;
import nl.thuisbasis.siting.IndicatorDefinition;
import nl.thuisbasis.siting.ScanIndicatorSource;
import nl.thuisbasis.siting.ScanPlace;
import nl.thuisbasis.siting.Direction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reports from the neighbourhood as an indicator of the capacity scan, through its extension point: nuisance
 * reports (compliments not counted) within the radius of the candidate location in the twelve months up to
 * yesterday. Counting up to yesterday keeps the figure stable during a day, so the scan's cached reference
 * distribution is recomputed once a day rather than with every new report.
 */
@Component
class ReportScanSource implements ScanIndicatorSource {

    static final String KEY = "reportsInRadius";

    private final JdbcClient jdbc;
    private final FacilityRegister register;
    private final ReportProperties properties;
    private final Clock clock;

    ReportScanSource(JdbcClient jdbc, FacilityRegister register, ReportProperties properties, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return List.of(new IndicatorDefinition(KEY, "Meldingen van overlast binnen " + properties.scanRadiusMetres()
                + " m (12 maanden)", Direction.HIGHER_IS_MORE_STRAIN, 1, "Meldingen uit de buurt"));
    }

    /** The indicator's name in the reader's language, with the radius as an argument. */
    @Override
    public Problem.Label text(IndicatorDefinition indicator) {
        return KEY.equals(indicator.key()) ? Problem.label("report.scan.indicator", properties.scanRadiusMetres()) : null;
    }

    @Override
    public long revision() {
        return today().toEpochDay();
    }

    @Override
    public List<Map<String, Double>> values(List<ScanPlace> places) {
        LocalDate today = today();
        // a report's point: its own, else that of the facility it is about (secret addresses never get reports)
        Map<UUID, double[]> facilityPoints = new HashMap<>();
        for (Facility f : register.forCapacityScan()) {
            facilityPoints.put(f.id().value(), new double[] {f.lon(), f.lat()});
        }
        List<double[]> points = new ArrayList<>();
        jdbc.sql("""
                select facility_id, lon, lat from report
                where category <> ? and received_at >= ? and received_at < ?""")
                .params(ReportStatistics.COMPLIMENT,
                        java.sql.Timestamp.from(today.minusYears(1).atStartOfDay(WorkingDays.ZONE).toInstant()),
                        java.sql.Timestamp.from(today.atStartOfDay(WorkingDays.ZONE).toInstant()))
                .query((rs, n) -> {
                    if (rs.getObject("lon") != null) {
                        points.add(new double[] {rs.getDouble("lon"), rs.getDouble("lat")});
                    } else if (rs.getObject("facility_id") != null) {
                        UUID id = rs.getObject("facility_id", UUID.class);
                        double[] p = facilityPoints.computeIfAbsent(id, k -> register.withKnownAddress(new FacilityId(k))
                                .map(f -> new double[] {f.lon(), f.lat()}).orElse(null));
                        if (p != null) {
                            points.add(p);
                        }
                    }
                    return null;
                }).list();
        double radius = properties.scanRadiusMetres();
        List<Map<String, Double>> result = new ArrayList<>(places.size());
        for (ScanPlace place : places) {
            double metresPerLon = 111_320.0 * Math.cos(Math.toRadians(place.lat()));
            int count = 0;
            for (double[] p : points) {
                double x = (p[0] - place.lon()) * metresPerLon;
                double y = (p[1] - place.lat()) * 110_574.0;
                if (x * x + y * y <= radius * radius) {
                    count++;
                }
            }
            Map<String, Double> values = new HashMap<>();
            values.put(KEY, (double) count);
            result.add(values);
        }
        return result;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDays.ZONE));
    }
}
