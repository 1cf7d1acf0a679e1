package nl.thuisbasis.facility.geocoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClient;

/** The geocoder against a local stub that answers like the PDOK Locatieserver free search v3_1. */
class PdokLocatieserverGeocoderTest {

    private static final String PATH = "/bzk/locatieserver/search/v3_1/free";
    private static final Duration TIMEOUT = Duration.ofMillis(400);

    private static final String KASPERSPAD = """
            {"response":{"numFound":3,"start":0,"maxScore":17.352345,"numFoundExact":true,"docs":[
              {"bron":"BAG","woonplaatscode":"1614","type":"adres","woonplaatsnaam":"Dordrecht",
               "wijkcode":"WK050500","huis_nlt":"2","openbareruimtetype":"Weg","buurtnaam":"Binnenstad",
               "gemeentecode":"0505","weergavenaam":"Kasperspad 2, 3311KS Dordrecht",
               "straatnaam_verkort":"Kasperspad","id":"adr-5a1d0b8d6f8c8a3d2c1b4e5f6a7b8c9d",
               "gekoppeld_perceel":["DDT00-A-1234"],"gemeentenaam":"Dordrecht","buurtcode":"BU05050001",
               "identificatie":"0505010000012345-0505200000012345","provinciecode":"PV28","postcode":"3311KS",
               "provincienaam":"Zuid-Holland","centroide_ll":"POINT(4.66926 51.81161)",
               "nummeraanduiding_id":"0505200000012345","adresseerbaarobject_id":"0505010000012345",
               "huisnummer":2,"provincieafkorting":"ZH","centroide_rd":"POINT(105123.4 424567.8)",
               "straatnaam":"Kasperspad","score":17.352345},
              {"type":"adres","weergavenaam":"Kasperspad 12a-3, 3311KS Dordrecht","id":"adr-0002","score":9.1,
               "centroide_ll":"POINT(4.66951 51.81142)","centroide_rd":"POINT(105140.1 424546.2)",
               "straatnaam":"Kasperspad","huisnummer":12,"huisletter":"a","huisnummertoevoeging":"3",
               "huis_nlt":"12a-3","postcode":"3311KS","woonplaatsnaam":"Dordrecht","gemeentecode":"0505",
               "gemeentenaam":"Dordrecht"},
              {"type":"adres","weergavenaam":"Kasperspad 14-1, 3311KS Dordrecht","id":"adr-0003","score":8.7,
               "centroide_ll":"POINT(4.66960 51.81138)","centroide_rd":"POINT(105146.3 424541.9)",
               "straatnaam":"Kasperspad","huisnummer":14,"huisnummertoevoeging":"1","huis_nlt":"14-1",
               "postcode":"3311KS","woonplaatsnaam":"Dordrecht","gemeentecode":"0505",
               "gemeentenaam":"Dordrecht"}
            ]}}
            """;

    private static final String NOTHING_FOUND = """
            {"response":{"numFound":0,"start":0,"maxScore":0.0,"numFoundExact":true,"docs":[]}}
            """;

    private final List<URI> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch releaseSlowAnswer = new CountDownLatch(1);
    private final ExecutorService stubThreads = Executors.newCachedThreadPool();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private HttpServer pdok;
    private PdokLocatieserverGeocoder geocoder;

    @BeforeEach
    void startStub() throws IOException {
        pdok = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pdok.setExecutor(stubThreads);
        pdok.start();
        geocoder = new PdokLocatieserverGeocoder(RestClient.builder(), stubUrl(), TIMEOUT);
        logs.start();
        geocoderLogger().addAppender(logs);
    }

    @AfterEach
    void stopStub() {
        geocoderLogger().detachAppender(logs);
        releaseSlowAnswer.countDown();
        pdok.stop(0);
        stubThreads.shutdownNow();
    }

    @Test
    void finds_an_address_with_its_point_postcode_and_municipality_code() {
        answer(200, KASPERSPAD);

        List<GeocodedAddress> found = geocoder.search("Kasperspad 2 Dordrecht");

        assertThat(found).hasSize(3);
        assertThat(found.getFirst()).isEqualTo(new GeocodedAddress("Kasperspad 2, 3311KS Dordrecht", "Kasperspad", "2",
                "3311KS", "Dordrecht", "GM0505", 4.66926, 51.81161));
    }

    @Test
    void keeps_pdoks_order_and_joins_house_letter_and_addition_to_the_number() {
        answer(200, KASPERSPAD);

        List<GeocodedAddress> found = geocoder.search("Kasperspad Dordrecht");

        assertThat(found).extracting(GeocodedAddress::houseNumber).containsExactly("2", "12a-3", "14-1");
    }

    @Test
    void asks_only_for_addresses_with_the_query_url_encoded() {
        answer(200, NOTHING_FOUND);

        geocoder.search("  Kasperspad 2a+b & Dordrecht=zuid ");

        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.getPath()).isEqualTo(PATH);
            assertThat(request.getRawQuery()).contains("q=Kasperspad%202a%2Bb%20%26%20Dordrecht%3Dzuid");
            Map<String, String> parameters = parameters(request.getRawQuery());
            assertThat(parameters).containsEntry("q", "Kasperspad 2a+b & Dordrecht=zuid")
                    .containsEntry("fq", "type:adres")
                    .containsEntry("rows", "5");
            assertThat(parameters.get("fl")).contains("weergavenaam", "huisnummer", "huisletter",
                    "huisnummertoevoeging", "postcode", "gemeentecode", "centroide_ll");
        });
    }

    @Test
    void returns_an_empty_list_when_nothing_matches() {
        answer(200, NOTHING_FOUND);

        assertThat(geocoder.search("Nergensstraat 999 Nergenshuizen")).isEmpty();
    }

    @Test
    void returns_an_empty_list_for_a_blank_query_without_asking_pdok() {
        answer(200, KASPERSPAD);

        assertThat(geocoder.search("   ")).isEmpty();
        assertThat(geocoder.search(null)).isEmpty();
        assertThat(requests).isEmpty();
    }

    @Test
    void a_server_error_makes_the_geocoder_unavailable() {
        answer(500, "{\"error\":{\"msg\":\"Solr down\",\"code\":500}}");

        assertThatThrownBy(() -> geocoder.search("Kasperspad 2 Dordrecht"))
                .isInstanceOf(GeocoderUnavailableException.class)
                .hasMessage("De adreszoeker (PDOK Locatieserver) is nu niet bereikbaar; kies het punt op de kaart.");
    }

    @Test
    void an_answer_slower_than_the_timeout_makes_the_geocoder_unavailable() {
        pdok.createContext(PATH, exchange -> {
            requests.add(exchange.getRequestURI());
            try {
                releaseSlowAnswer.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, KASPERSPAD);
        });

        long start = System.nanoTime();
        assertThatThrownBy(() -> geocoder.search("Kasperspad 2 Dordrecht"))
                .isInstanceOf(GeocoderUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void malformed_json_makes_the_geocoder_unavailable() {
        answer(200, "{\"response\":{\"numFound\":1,\"docs\":[{\"weergavenaam\":\"Kasperspad 2");

        assertThatThrownBy(() -> geocoder.search("Kasperspad 2 Dordrecht"))
                .isInstanceOf(GeocoderUnavailableException.class);
    }

    @Test
    void json_without_a_docs_list_makes_the_geocoder_unavailable() {
        answer(200, "{\"error\":\"unexpected\"}");

        assertThatThrownBy(() -> geocoder.search("Kasperspad 2 Dordrecht"))
                .isInstanceOf(GeocoderUnavailableException.class);
    }

    @Test
    void a_refused_connection_makes_the_geocoder_unavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI unreachable = URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":"
                + closedPort + PATH);
        Geocoder nowhere = new PdokLocatieserverGeocoder(RestClient.builder(), unreachable, TIMEOUT);

        assertThatThrownBy(() -> nowhere.search("Kasperspad 2 Dordrecht"))
                .isInstanceOf(GeocoderUnavailableException.class);
    }

    @Test
    void failures_are_logged_without_the_searched_address_and_without_a_cause() {
        answer(503, "Service Unavailable");

        assertThatThrownBy(() -> geocoder.search("Kasperspad 2 Dordrecht"))
                .isInstanceOf(GeocoderUnavailableException.class)
                .hasNoCause();
        assertThat(logs.list).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).contains("503").doesNotContain("Kasperspad");
            assertThat(event.getThrowableProxy()).isNull();
        });
    }

    private void answer(int status, String body) {
        pdok.createContext(PATH, exchange -> {
            requests.add(exchange.getRequestURI());
            send(exchange, status, body);
        });
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private URI stubUrl() {
        return URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":"
                + pdok.getAddress().getPort() + PATH);
    }

    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static Logger geocoderLogger() {
        return (Logger) LoggerFactory.getLogger(PdokLocatieserverGeocoder.class);
    }
}
