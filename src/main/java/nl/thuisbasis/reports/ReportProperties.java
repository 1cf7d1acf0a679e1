package nl.thuisbasis.reports;

import java.time.Duration;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the reports module ({@code thuisbasis.reports.*}): the categories (codes; labels in the message
 * files as {@code report.category.<code>}), how many reports one client address may send per window, how far from a
 * point a facility is proposed, the deadlines per category in working days ({@code deadlines.<CODE>.acknowledge} and
 * {@code .resolve}; {@code deadlines.DEFAULT} for the rest), the radius of the scan indicator, how long reporters'
 * e-mail addresses are kept ({@code email-retention}, default 12 months), whether demo reports are loaded on the first
 * start ({@code load-demo-data}), and the public address of the site for the QR code of report cards
 * ({@code public-base-url}; application.properties fills it from {@code thuisbasis.public-base-url}; empty: the
 * address of the request).
 */
@ConfigurationProperties("thuisbasis.reports")
public record ReportProperties(List<String> categories, Integer maxPerWindow, Duration window, Integer nearestMetres,
        Map<String, Deadline> deadlines, Integer scanRadiusMetres, Period emailRetention, Boolean loadDemoData,
        String publicBaseUrl) {

    /** Working days to acknowledge and to resolve a report. */
    public record Deadline(int acknowledge, int resolve) {
    }

    static final Deadline DEFAULT_DEADLINE = new Deadline(2, 10);

    public ReportProperties {
        categories = categories == null || categories.isEmpty()
                ? List.of("NOISE", "LITTER", "AGGRESSION", "DRUGS_ALCOHOL", "LOITERING", "PARKING", "COMPLIMENT", "OTHER")
                : List.copyOf(categories);
        maxPerWindow = maxPerWindow == null ? 5 : maxPerWindow;
        window = window == null ? Duration.ofMinutes(10) : window;
        nearestMetres = nearestMetres == null ? 300 : nearestMetres;
        Map<String, Deadline> d = new HashMap<>();
        d.put("AGGRESSION", new Deadline(1, 5));
        d.put("DRUGS_ALCOHOL", new Deadline(1, 5));
        d.put("COMPLIMENT", new Deadline(5, 10));
        if (deadlines != null) {
            d.putAll(deadlines);
        }
        deadlines = Map.copyOf(d);
        scanRadiusMetres = scanRadiusMetres == null ? 500 : scanRadiusMetres;
        emailRetention = emailRetention == null ? Period.ofMonths(12) : emailRetention;
        loadDemoData = loadDemoData != null && loadDemoData;
        publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.trim();
    }

    public Deadline deadline(String category) {
        return deadlines.getOrDefault(category, deadlines.getOrDefault("DEFAULT", DEFAULT_DEADLINE));
    }
}
