package nl.thuisbasis.facility.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A GeoJSON point feature, the one shape the facility outputs (API, map data, OGC) share. */
public final class GeoJsonPoints {

    private GeoJsonPoints() {
    }

    public static Map<String, Object> feature(String id, double lon, double lat, Object properties) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", id);
        feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(lon, lat)));
        feature.put("properties", properties);
        return feature;
    }
}
