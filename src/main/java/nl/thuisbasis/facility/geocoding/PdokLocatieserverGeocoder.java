package nl.thuisbasis.facility.geocoding;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Geocoder} against the PDOK Locatieserver free search (v3_1), restricted to {@code type:adres}.
 *
 * <p>The searched text may be a person's address, so it is never logged: failures log only the HTTP status or the
 * exception class, and {@link GeocoderUnavailableException} keeps no cause (transport exceptions quote the URL).
 */
public final class PdokLocatieserverGeocoder implements Geocoder {

    /** PDOK's default free-search endpoint. */
    public static final URI DEFAULT_FREE_SEARCH_URL =
            URI.create("https://api.pdok.nl/bzk/locatieserver/search/v3_1/free");

    static final int MAX_RESULTS = 5;

    private static final String FIELDS = String.join(",", "weergavenaam", "straatnaam", "huisnummer", "huisletter",
            "huisnummertoevoeging", "postcode", "woonplaatsnaam", "gemeentecode", "centroide_ll");

    /** WKT point as PDOK writes it, e.g. {@code POINT(4.66926 51.81161)}: longitude first. */
    private static final Pattern WKT_POINT =
            Pattern.compile("\\s*POINT\\s*\\(\\s*(\\S+)\\s+(\\S+)\\s*\\)\\s*", Pattern.CASE_INSENSITIVE);

    private static final Pattern MUNICIPALITY_NUMBER = Pattern.compile("(?:GM)?(\\d{1,4})");

    private static final Logger log = LoggerFactory.getLogger(PdokLocatieserverGeocoder.class);

    private final RestClient http;
    private final URI freeSearchUrl;
    private final JsonMapper json = JsonMapper.shared();

    /**
     * @param builder       a RestClient builder; it is cloned, not changed
     * @param freeSearchUrl the free-search endpoint, e.g. {@link #DEFAULT_FREE_SEARCH_URL}
     * @param timeout       both the connect timeout and the time allowed for the whole response
     */
    public PdokLocatieserverGeocoder(RestClient.Builder builder, URI freeSearchUrl, Duration timeout) {
        Objects.requireNonNull(builder, "builder");
        this.freeSearchUrl = Objects.requireNonNull(freeSearchUrl, "freeSearchUrl");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(client);
        requestFactory.setReadTimeout(timeout);
        this.http = builder.clone().requestFactory(requestFactory).build();
    }

    @Override
    public List<GeocodedAddress> search(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return parse(fetch(requestUri(query.strip())));
    }

    private URI requestUri(String query) {
        // encode() first: the template is encoded, and the query as a variable is encoded strictly ('&', '+', '=' too).
        return UriComponentsBuilder.fromUri(freeSearchUrl)
                .queryParam("q", "{q}")
                .queryParam("fq", "type:adres")
                .queryParam("rows", MAX_RESULTS)
                .queryParam("fl", FIELDS)
                .encode()
                .buildAndExpand(Map.of("q", query))
                .toUri();
    }

    private byte[] fetch(URI uri) {
        try {
            byte[] body = http.get()
                    .uri(uri)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(byte[].class);
            return body == null ? new byte[0] : body;
        } catch (RestClientResponseException e) {
            log.warn("PDOK Locatieserver answered HTTP {}", e.getStatusCode().value());
            throw new GeocoderUnavailableException();
        } catch (RestClientException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            log.warn("PDOK Locatieserver not reachable ({})", cause.getClass().getName());
            throw new GeocoderUnavailableException();
        }
    }

    private List<GeocodedAddress> parse(byte[] body) {
        JsonNode docs;
        try {
            docs = json.readTree(body).path("response").path("docs");
        } catch (JacksonException e) {
            log.warn("PDOK Locatieserver answer is not JSON ({})", e.getClass().getName());
            throw new GeocoderUnavailableException();
        }
        if (!docs.isArray()) {
            log.warn("PDOK Locatieserver answer has no response.docs array");
            throw new GeocoderUnavailableException();
        }
        List<GeocodedAddress> addresses = new ArrayList<>();
        for (JsonNode doc : docs) {
            if (addresses.size() == MAX_RESULTS) {
                break;
            }
            toAddress(doc).ifPresent(addresses::add);
        }
        return List.copyOf(addresses);
    }

    /** The address of one document; empty when it has no usable point (nothing to put on the map). */
    private static Optional<GeocodedAddress> toAddress(JsonNode doc) {
        String point = text(doc, "centroide_ll");
        Matcher wkt = point == null ? null : WKT_POINT.matcher(point);
        if (wkt == null || !wkt.matches()) {
            return Optional.empty();
        }
        double lon;
        double lat;
        try {
            lon = Double.parseDouble(wkt.group(1));
            lat = Double.parseDouble(wkt.group(2));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
            return Optional.empty();
        }
        String street = text(doc, "straatnaam");
        String houseNumber = houseNumber(doc);
        String postcode = postcode(text(doc, "postcode"));
        String place = text(doc, "woonplaatsnaam");
        String label = text(doc, "weergavenaam");
        if (label == null) {
            label = fallbackLabel(street, houseNumber, postcode, place);
        }
        return Optional.of(new GeocodedAddress(label, street, houseNumber, postcode, place,
                municipalityCode(text(doc, "gemeentecode")), lon, lat));
    }

    /** Number, letter and addition the Dutch way: {@code 12}, {@code 12a}, {@code 12-3}, {@code 12a-3}. */
    private static String houseNumber(JsonNode doc) {
        String number = text(doc, "huisnummer");
        if (number == null) {
            return null;
        }
        String letter = text(doc, "huisletter");
        String addition = text(doc, "huisnummertoevoeging");
        return number + (letter == null ? "" : letter) + (addition == null ? "" : "-" + addition);
    }

    private static String postcode(String postcode) {
        return postcode == null ? null : postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** PDOK's {@code gemeentecode} is the 4-digit CBS number ({@code 0505}); the platform uses {@code GM0505}. */
    private static String municipalityCode(String gemeentecode) {
        if (gemeentecode == null) {
            return null;
        }
        Matcher number = MUNICIPALITY_NUMBER.matcher(gemeentecode.toUpperCase(Locale.ROOT));
        if (!number.matches()) {
            return null;
        }
        return "GM" + "0".repeat(4 - number.group(1).length()) + number.group(1);
    }

    private static String fallbackLabel(String street, String houseNumber, String postcode, String place) {
        String line = street == null ? "" : houseNumber == null ? street : street + " " + houseNumber;
        String town = Stream.of(postcode, place).filter(Objects::nonNull).collect(Collectors.joining(" "));
        String label = Stream.of(line, town).filter(part -> !part.isEmpty()).collect(Collectors.joining(", "));
        return label.isEmpty() ? null : label;
    }

    /** The field as trimmed text (numbers too); {@code null} when absent, JSON null or blank. */
    private static String text(JsonNode doc, String field) {
        JsonNode node = doc.path(field);
        if (node.isMissingNode() || node.isNull() || node.isContainer()) {
            return null;
        }
        String value = node.asString().strip();
        return value.isEmpty() ? null : value;
    }
}
