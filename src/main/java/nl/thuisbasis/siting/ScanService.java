package nl.thuisbasis.siting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.GeoLookup;
import nl.thuisbasis.region.Location;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.siting.domain.Distances;
import nl.thuisbasis.siting.domain.HeatmapKernel;
import nl.thuisbasis.siting.domain.ScanOutcome;
import nl.thuisbasis.siting.domain.Scoring;
import nl.thuisbasis.siting.domain.ScoringModel;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the capacity scan: finds the candidate's neighbourhood and region, gathers every indicator from every
 * source for the candidate and for all neighbourhoods of the region (the reference distribution), and scores.
 */
@Service
public class ScanService {

    private final GeoLookup geo;
    private final RegionCatalog catalog;
    private final List<ScanIndicatorSource> sources;
    private final ScoringModels models;
    private final FacilityRegister facilities;
    private final SitingProperties properties;
    private final JdbcClient jdbc;
    private final Map<String, Coordinate> interiorPoints = new ConcurrentHashMap<>();

    ScanService(GeoLookup geo, RegionCatalog catalog, List<ScanIndicatorSource> sources, ScoringModels models,
            FacilityRegister facilities, SitingProperties properties, JdbcClient jdbc) {
        this.geo = geo;
        this.catalog = catalog;
        this.sources = sources;
        this.models = models;
        this.facilities = facilities;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /** A scan that cannot be run, with the reason in Dutch. */
    public static class ScanRefused extends RuntimeException {
        public ScanRefused(String message) {
            super(message);
        }
    }

    @Transactional
    public ScanResult scan(ScanRequest request) {
        if (request.facilityType() == null) {
            throw new ScanRefused("Kies het soort voorziening.");
        }
        if (request.capacity() < 1 || request.capacity() > 2000) {
            throw new ScanRefused("De capaciteit moet tussen 1 en 2000 liggen.");
        }
        Location location = geo.locate(request.lon(), request.lat());
        if (location.municipalityCode() == null) {
            throw new ScanRefused("Het punt ligt buiten de gemeenten waarvan Thuisbasis de grenzen kent.");
        }
        Region region = catalog.regions().stream().filter(r -> r.municipalityCodes().contains(location.municipalityCode()))
                .findFirst().orElseThrow(() -> new ScanRefused(
                        "Het punt ligt in een gemeente die bij geen regio in Thuisbasis hoort."));
        Area area = catalog.area(location.finestCode()).orElseThrow(() -> new ScanRefused("Het gebied is niet bekend."));
        ScoringModel model = models.current(region.code());
        RegionReference reference = reference(region);
        ScanPlace candidate = new ScanPlace(area.code(), request.lon(), request.lat(), request.capacity());
        ScanOutcome outcome = Scoring.score(model, gather(List.of(candidate)).getFirst(), reference.distributions());
        return new ScanResult(request, location, area, region.code(), model, outcome, properties.radiusMetres(),
                within(request.lon(), request.lat()), notes(area.code()), reference.places().size());
    }

    /** Every neighbourhood of the region as if the facility came to its centre: the heatmap. */
    @Transactional
    public Heatmap heatmap(String regionCode, nl.thuisbasis.facility.FacilityType type, int capacity) {
        Region region = catalog.region(regionCode).orElseThrow(() -> new ScanRefused("Regio '" + regionCode + "' bestaat niet."));
        ScoringModel model = models.current(region.code());
        RegionReference reference = reference(region);
        List<ScanPlace> regionPlaces = reference.places();
        List<Map<String, Double>> withFacility = gather(regionPlaces.stream()
                .map(p -> new ScanPlace(p.areaCode(), p.lon(), p.lat(), capacity)).toList());
        List<HeatmapKernel.Cell> scored = HeatmapKernel.score(model, reference.values(), withFacility);
        List<Heatmap.Cell> cells = new ArrayList<>();
        for (int i = 0; i < regionPlaces.size(); i++) {
            cells.add(new Heatmap.Cell(regionPlaces.get(i).areaCode(), scored.get(i).strain(), scored.get(i).verdict()));
        }
        return new Heatmap(region.code(), model.version(), type, capacity, cells);
    }

    /**
     * The neighbourhoods (or districts) of a region where a facility of this type and capacity would score red: for
     * other modules that must keep placements out of areas that cannot carry more (outflow matching).
     */
    @Transactional
    public java.util.Set<String> redAreas(String regionCode, nl.thuisbasis.facility.FacilityType type, int capacity) {
        java.util.Set<String> red = new java.util.HashSet<>();
        heatmap(regionCode, type, capacity).cells().stream()
                .filter(c -> c.verdict() == nl.thuisbasis.siting.domain.Verdict.RED).forEach(c -> red.add(c.areaCode()));
        return red;
    }

    /** The scan's heatmap: strain and verdict per neighbourhood (or district) of the region. */
    public record Heatmap(String regionCode, int modelVersion, nl.thuisbasis.facility.FacilityType facilityType,
            int capacity, List<Cell> cells) {
        public record Cell(String areaCode, double strain, nl.thuisbasis.siting.domain.Verdict verdict) {
        }
    }

    /** The region's areas as they are: the reference every scan is scored against, kept until a source changes. */
    record RegionReference(String key, List<ScanPlace> places, List<Map<String, Double>> values,
            Map<String, nl.thuisbasis.siting.domain.Percentiles> distributions) {
    }

    private final Map<String, RegionReference> references = new ConcurrentHashMap<>();

    private RegionReference reference(Region region) {
        StringBuilder key = new StringBuilder(String.join(",", region.municipalityCodes()));
        sources.forEach(s -> key.append('|').append(s.revision()));
        RegionReference cached = references.get(region.code());
        if (cached != null && cached.key().contentEquals(key)) {
            return cached;
        }
        if (cached != null) {
            interiorPoints.clear(); // areas may have been re-imported
        }
        List<ScanPlace> places = regionPlaces(region);
        List<Map<String, Double>> values = gather(places);
        RegionReference fresh = new RegionReference(key.toString(), places, values, HeatmapKernel.distributions(values));
        references.put(region.code(), fresh);
        return fresh;
    }

    private List<ScanPlace> regionPlaces(Region region) {
        List<ScanPlace> places = new ArrayList<>();
        for (String municipality : region.municipalityCodes()) {
            for (Area area : catalog.finestAreas(municipality)) {
                Coordinate point = interiorPoints.computeIfAbsent(area.code(),
                        code -> geo.interiorPoint(code).orElse(new Coordinate(Double.NaN, Double.NaN)));
                if (!Double.isNaN(point.x)) {
                    places.add(new ScanPlace(area.code(), point.x, point.y, 0));
                }
            }
        }
        return places;
    }

    private List<Map<String, Double>> gather(List<ScanPlace> places) {
        List<Map<String, Double>> merged = new ArrayList<>();
        places.forEach(p -> merged.add(new HashMap<>()));
        for (ScanIndicatorSource source : sources) {
            List<Map<String, Double>> values = source.values(places);
            for (int i = 0; i < places.size(); i++) {
                merged.get(i).putAll(values.get(i));
            }
        }
        return merged;
    }

    private List<Facility> within(double lon, double lat) {
        return facilities.forCapacityScan().stream()
                .filter(f -> Distances.metres(lon, lat, f.lon(), f.lat()) <= properties.radiusMetres())
                .toList();
    }

    List<NeighbourhoodNote> notes(String areaCode) {
        return jdbc.sql("select * from neighbourhood_note where area_code = ? order by noted_on desc, created_at desc")
                .param(areaCode)
                .query((rs, row) -> new NeighbourhoodNote(rs.getObject("id", java.util.UUID.class), rs.getString("area_code"),
                        rs.getString("text"), rs.getString("author"), rs.getString("organisation"),
                        rs.getObject("noted_on", java.time.LocalDate.class)))
                .list();
    }
}
