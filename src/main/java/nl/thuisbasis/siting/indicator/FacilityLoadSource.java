package nl.thuisbasis.siting.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.facility.FacilityRegisterChanged;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.region.KeyFigures;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.siting.Direction;
import nl.thuisbasis.siting.IndicatorDefinition;
import nl.thuisbasis.siting.ScanIndicatorSource;
import nl.thuisbasis.siting.ScanPlace;
import nl.thuisbasis.siting.SitingProperties;
import nl.thuisbasis.siting.domain.Distances;
import nl.thuisbasis.siting.domain.NearbyIndex;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * How loaded the neighbourhood already is by facilities from the register (in use or being realised, no secret
 * addresses): places per 1,000 inhabitants including the intended facility, facilities and places within the
 * radius of the point, and the distance to the nearest facility.
 */
@Component
class FacilityLoadSource implements ScanIndicatorSource {

    static final String PLACES_PER_1000 = "placesPer1000";
    static final String FACILITIES_IN_RADIUS = "facilitiesInRadius";
    static final String PLACES_IN_RADIUS = "placesInRadius";
    static final String NEAREST_METRES = "nearestFacilityMetres";
    static final String SOURCE = "Voorzieningenregister";

    private final FacilityRegister register;
    private final RegionCatalog catalog;
    private final SitingProperties properties;
    private final Messages messages;

    FacilityLoadSource(FacilityRegister register, RegionCatalog catalog, SitingProperties properties, Messages messages) {
        this.register = register;
        this.catalog = catalog;
        this.properties = properties;
        this.messages = messages;
    }

    /** Moves with every change to the facility register, which the register announces after it commits. */
    private final java.util.concurrent.atomic.AtomicLong revision = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public long revision() {
        return revision.get();
    }

    /** The register changed: the region's reference distribution is computed again on the next scan. */
    @ApplicationModuleListener
    void on(FacilityRegisterChanged change) {
        revision.incrementAndGet();
    }

    /** The indicators, each labelled with its Dutch text (what a scoring model stores). */
    @Override
    public List<IndicatorDefinition> indicators() {
        return List.of(
                definition(PLACES_PER_1000, Direction.HIGHER_IS_MORE_STRAIN, 2),
                definition(FACILITIES_IN_RADIUS, Direction.HIGHER_IS_MORE_STRAIN, 1),
                definition(PLACES_IN_RADIUS, Direction.HIGHER_IS_MORE_STRAIN, 1),
                definition(NEAREST_METRES, Direction.HIGHER_IS_LESS_STRAIN, 1));
    }

    private IndicatorDefinition definition(String key, Direction direction, double weight) {
        return new IndicatorDefinition(key, messages.text(Messages.DUTCH, Indicators.TEXT_PREFIX + key,
                properties.radiusMetres()), direction, weight, SOURCE);
    }

    /** {@code siting.indicator.<key>}, with the radius in metres as its argument. */
    @Override
    public Problem.Label text(IndicatorDefinition indicator) {
        return Problem.label(Indicators.TEXT_PREFIX + indicator.key(), properties.radiusMetres());
    }

    @Override
    public List<Map<String, Double>> values(List<ScanPlace> places) {
        List<Facility> facilities = register.forCapacityScan();
        Map<String, KeyFigures> figures = catalog.latestKeyFigures(places.stream().map(ScanPlace::areaCode).distinct().toList());
        Map<String, Integer> placesPerArea = new HashMap<>();
        for (Facility f : facilities) {
            if (f.neighbourhoodCode() != null) {
                placesPerArea.merge(f.neighbourhoodCode(), f.capacity(), Integer::sum);
            }
            if (f.districtCode() != null) {
                placesPerArea.merge(f.districtCode(), f.capacity(), Integer::sum);
            }
        }
        double[] lons = facilities.stream().mapToDouble(Facility::lon).toArray();
        double[] lats = facilities.stream().mapToDouble(Facility::lat).toArray();
        int[] capacities = facilities.stream().mapToInt(Facility::capacity).toArray();
        NearbyIndex index = new NearbyIndex(lons, lats, capacities, properties.radiusMetres());
        List<Map<String, Double>> result = new ArrayList<>();
        for (ScanPlace place : places) {
            Map<String, Double> values = new HashMap<>();
            Double inhabitants = inhabitants(figures.get(place.areaCode()));
            int areaPlaces = placesPerArea.getOrDefault(place.areaCode(), 0) + place.addedPlaces();
            if (inhabitants != null && inhabitants > 0) {
                values.put(PLACES_PER_1000, areaPlaces * 1000.0 / inhabitants);
            }
            Distances.Near near = index.near(place.lon(), place.lat());
            values.put(FACILITIES_IN_RADIUS, (double) near.count());
            values.put(PLACES_IN_RADIUS, (double) near.places() + place.addedPlaces());
            if (!Double.isNaN(near.nearestMetres())) {
                values.put(NEAREST_METRES, near.nearestMetres());
            }
            result.add(values);
        }
        return result;
    }

    private static Double inhabitants(KeyFigures figures) {
        if (figures == null) {
            return null;
        }
        BigDecimal value = figures.figures().get("aantalInwoners");
        if (value == null) {
            value = figures.figures().get("population");
        }
        return value == null ? null : value.doubleValue();
    }
}
