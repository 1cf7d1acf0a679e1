package nl.thuisbasis.region.area;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.KeyFigures;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Areas as GeoJSON (RFC 7946 features, OGC API paging members), with the geometry as stored. */
@Component
class AreaFeatures {

    static final String GEO_JSON = "application/geo+json";

    private final RegionCatalog catalog;
    private final Messages messages;

    AreaFeatures(RegionCatalog catalog, Messages messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    /** One area as a Feature with the given properties. */
    Map<String, Object> feature(Area area, Object properties) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", area.code());
        feature.put("geometry", new RawJson(catalog.geometry(area.code()).orElse("null")));
        feature.put("properties", properties);
        return feature;
    }

    /** A page of areas as a FeatureCollection with the latest inhabitants and households of each. */
    Map<String, Object> collection(List<Area> areas, PageQuery query, long total, String self) {
        List<String> codes = areas.stream().map(Area::code).toList();
        Map<String, String> geometries = catalog.geometries(codes);
        Map<String, KeyFigures> figures = catalog.latestKeyFigures(codes);
        List<Map<String, Object>> features = new ArrayList<>();
        for (Area area : areas) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("code", area.code());
            properties.put("name", area.name());
            properties.put("level", area.level().apiName());
            properties.put("municipalityCode", area.municipalityCode());
            if (area.districtCode() != null) {
                properties.put("districtCode", area.districtCode());
            }
            Optional.ofNullable(figures.get(area.code())).ifPresent(k -> {
                properties.put("year", k.year());
                putIfPresent(properties, "aantalInwoners", k.figures().get("aantalInwoners"), k.figures().get("population"));
                putIfPresent(properties, "aantalHuishoudens", k.figures().get("aantalHuishoudens"), null);
            });
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", area.code());
            feature.put("geometry", new RawJson(geometries.getOrDefault(area.code(), "null")));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("numberMatched", total);
        collection.put("numberReturned", features.size());
        collection.put("features", features);
        List<Map<String, String>> links = new ArrayList<>();
        links.add(Map.of("rel", "self", "type", GEO_JSON, "href", self));
        if (query.page() < query.totalPages(total)) {
            links.add(Map.of("rel", "next", "type", GEO_JSON, "href", ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("page", query.page() + 1).build().toUriString()));
        }
        collection.put("links", links);
        collection.put("attribution", messages.text("area.api.source"));
        return collection;
    }

    private static void putIfPresent(Map<String, Object> target, String key, BigDecimal value, BigDecimal alternative) {
        if (value != null) {
            target.put(key, value);
        } else if (alternative != null) {
            target.put(key, alternative);
        }
    }

    /** Geometry kept as GeoJSON text in the database, written into the response as is. */
    @tools.jackson.databind.annotation.JsonSerialize(using = RawJsonSerializer.class)
    record RawJson(String json) {
    }

    static final class RawJsonSerializer extends tools.jackson.databind.ValueSerializer<RawJson> {
        @Override
        public void serialize(RawJson value, tools.jackson.core.JsonGenerator gen,
                tools.jackson.databind.SerializationContext context) {
            gen.writeRawValue(value.json());
        }
    }
}
