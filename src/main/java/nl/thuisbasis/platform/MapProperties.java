package nl.thuisbasis.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The background map tiles of every map ({@code thuisbasis.web.*}; default PDOK BRT-Achtergrondkaart); an empty URL
 * means no tiles, and the maps still work. Every page gets them as {@code tileUrl} and {@code tileAttribution}.
 */
@ConfigurationProperties("thuisbasis.web")
public record MapProperties(String tileUrl, String tileAttribution) {
}
