package testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A local stand-in for PDOK's Locatieserver (free search), answering in PDOK's JSON, so that tests can use the address
 * search (facility form, capacity scan, typed places in reports) without the internet. One server for the whole test
 * run, on a free port of 127.0.0.1. "Kasperspad" and "Voorstraat" are found in Dordrecht, anything else is not;
 * queries with "storing" answer 503 (the geocoder's "not reachable" case). Tests that do not use it reach no address
 * search at all (src/test/resources/config/application.properties points it at a closed port).
 */
public final class PdokStub {

    public static final String PATH = "/bzk/locatieserver/search/v3_1/free";

    private static HttpServer server;

    private PdokStub() {
    }

    public static synchronized String url() {
        if (server == null) {
            server = start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    private static HttpServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext(PATH, exchange -> {
                String raw = exchange.getRequestURI().getRawQuery();
                String query = raw == null ? "" : URLDecoder.decode(raw, StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
                if (query.contains("storing")) {
                    exchange.sendResponseHeaders(503, -1);
                    exchange.close();
                    return;
                }
                String docs = query.contains("voorstraat") ? doc("Voorstraat", "200", "3311ES", "4.664012 51.815488")
                        : query.contains("kasperspad") ? doc("Kasperspad", "2", "3311XV", "4.67251 51.81146") : "";
                String body = "{\"response\":{\"numFound\":" + (docs.isEmpty() ? 0 : 1)
                        + ",\"start\":0,\"maxScore\":14.2,\"numFoundExact\":1,\"docs\":[" + docs + "]}}";
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            http.start();
            return http;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String doc(String street, String number, String postcode, String lonLat) {
        return "{\"type\":\"adres\",\"weergavenaam\":\"" + street + " " + number + ", " + postcode + " Dordrecht\","
                + "\"id\":\"adr-" + postcode + "\",\"score\":14.2,\"centroide_ll\":\"POINT(" + lonLat + ")\","
                + "\"centroide_rd\":\"POINT(105123 424567)\",\"straatnaam\":\"" + street + "\",\"huisnummer\":" + number
                + ",\"postcode\":\"" + postcode + "\",\"woonplaatsnaam\":\"Dordrecht\",\"gemeentecode\":\"0505\","
                + "\"gemeentenaam\":\"Dordrecht\"}";
    }
}
