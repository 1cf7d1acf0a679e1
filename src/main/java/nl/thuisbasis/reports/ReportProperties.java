package nl.thuisbasis.reports;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the reports module ({@code thuisbasis.reports.*}): the categories (codes; labels in the message
 * files as {@code report.category.<code>}), how many reports one client address may send per window, and how far
 * from a point a facility is proposed.
 */
@ConfigurationProperties("thuisbasis.reports")
public record ReportProperties(List<String> categories, Integer maxPerWindow, Duration window, Integer nearestMetres) {

    public ReportProperties {
        categories = categories == null || categories.isEmpty()
                ? List.of("NOISE", "LITTER", "AGGRESSION", "DRUGS_ALCOHOL", "LOITERING", "PARKING", "COMPLIMENT", "OTHER")
                : List.copyOf(categories);
        maxPerWindow = maxPerWindow == null ? 5 : maxPerWindow;
        window = window == null ? Duration.ofMinutes(10) : window;
        nearestMetres = nearestMetres == null ? 300 : nearestMetres;
    }
}
