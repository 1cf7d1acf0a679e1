package nl.thuisbasis.siting.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.GeoLookup;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.siting.IndicatorDefinition;
import nl.thuisbasis.siting.ScanIndicatorSource;
import nl.thuisbasis.siting.ScanPlace;
import nl.thuisbasis.siting.domain.HeatmapKernel;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.stereotype.Component;

/**
 * Every indicator of every source (the scan's extension point, {@link ScanIndicatorSource}): what is on offer, the
 * values for places, the region's reference distribution (cached until a source's revision moves), and each
 * indicator's name in the reader's language.
 */
@Component
public class Indicators {

    /** Keys of imported local indices start with this. */
    public static final String LOCAL_INDEX_PREFIX = "index:";

    /** Message keys of this module's indicator names: {@code siting.indicator.<key>}. */
    static final String TEXT_PREFIX = "siting.indicator.";

    private final List<ScanIndicatorSource> sources;
    private final RegionCatalog catalog;
    private final GeoLookup geo;
    private final LocalIndexSource localIndices;
    private final Messages messages;
    private final Map<String, Coordinate> interiorPoints = new ConcurrentHashMap<>();
    private final Map<String, RegionReference> references = new ConcurrentHashMap<>();

    Indicators(List<ScanIndicatorSource> sources, RegionCatalog catalog, GeoLookup geo, LocalIndexSource localIndices,
            Messages messages) {
        this.sources = sources;
        this.catalog = catalog;
        this.geo = geo;
        this.localIndices = localIndices;
        this.messages = messages;
    }

    /** Every indicator the sources offer, by key. */
    public Map<String, IndicatorDefinition> onOffer() {
        Map<String, IndicatorDefinition> all = new LinkedHashMap<>();
        sources.forEach(s -> s.indicators().forEach(i -> all.putIfAbsent(i.key(), i)));
        return all;
    }

    /** The message key (with arguments) of each indicator's name, for the indicators whose source gives one. */
    public Map<String, Problem.Label> texts() {
        Map<String, Problem.Label> texts = new HashMap<>();
        for (ScanIndicatorSource source : sources) {
            for (IndicatorDefinition indicator : source.indicators()) {
                Problem.Label text = source.text(indicator);
                if (text != null) {
                    texts.putIfAbsent(indicator.key(), text);
                }
            }
        }
        return texts;
    }

    /** The names of indicators in the reader's language: the source's text, or else the label given. */
    public Map<String, String> names(Map<String, String> labels) {
        Map<String, Problem.Label> texts = texts();
        Map<String, String> names = new HashMap<>();
        labels.forEach((key, label) -> {
            Problem.Label text = texts.get(key);
            names.put(key, text == null ? label : messages.text(text.key(), text.args().toArray()));
        });
        return names;
    }

    /** Every source's values for each place, merged, in the order of {@code places}. */
    public List<Map<String, Double>> values(List<ScanPlace> places) {
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

    /** The region's areas as they are, with their values and distributions; recomputed when a source changed. */
    public RegionReference reference(Region region) {
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
        List<Map<String, Double>> values = values(places);
        RegionReference fresh = new RegionReference(key.toString(), places, values, HeatmapKernel.distributions(values));
        references.put(region.code(), fresh);
        return fresh;
    }

    /** To be called after an import stored new local-index values (after its commit). */
    public void localIndicesChanged() {
        localIndices.changed();
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
}
