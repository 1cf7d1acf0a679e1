package nl.thuisbasis.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The background map tiles of every map ({@code thuisbasis.web.*}; default PDOK BRT-Achtergrondkaart); an empty URL
 * means no tiles, and the maps still work. Every page gets them as {@code tileUrl} and {@code tileAttribution}; the
 * municipality outlines every map draws (with or without tiles) are those of {@code outlineRegion} (model attribute
 * {@code outlinesUrl}, read by {@code base-map.js} from a map's {@code data-outlines-url}).
 */
@ConfigurationProperties("thuisbasis.web")
public record MapProperties(String tileUrl, String tileAttribution, String outlineRegion) {
}
