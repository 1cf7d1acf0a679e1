package nl.thuisbasis.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Web settings ({@code thuisbasis.web.*}): the background map tiles (default PDOK BRT-Achtergrondkaart);
 * an empty URL means no tiles, and the map still works.
 */
@ConfigurationProperties("thuisbasis.web")
public record WebProperties(String tileUrl, String tileAttribution) {
}
