package nl.thuisbasis.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** API settings ({@code thuisbasis.api.*}): the full version sent in the {@code API-Version} header. */
@ConfigurationProperties("thuisbasis.api")
public record ApiProperties(@DefaultValue("1.0.0") String version, @DefaultValue("https://thuisbasis.nl") String publicUrl) {
}
