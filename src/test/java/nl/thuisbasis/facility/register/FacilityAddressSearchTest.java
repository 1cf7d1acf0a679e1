package nl.thuisbasis.facility.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The form's address search goes through the configured PDOK Locatieserver; here a local stub in PDOK's format. */
@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Searching an address for the facility form")
class FacilityAddressSearchTest {

    static final HttpServer PDOK = stub();

    static HttpServer stub() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/bzk/locatieserver/search/v3_1/free", exchange -> {
                String query = exchange.getRequestURI().getRawQuery();
                String body = query.contains("Kasperspad") ? """
                        {"response":{"numFound":1,"start":0,"maxScore":14.2,"numFoundExact":1,"docs":[{"type":"adres",
                        "weergavenaam":"Kasperspad 2, 3311XV Dordrecht","id":"adr-1","score":14.2,
                        "centroide_ll":"POINT(4.67251 51.81146)","centroide_rd":"POINT(105123 424567)",
                        "straatnaam":"Kasperspad","huisnummer":2,"postcode":"3311XV","woonplaatsnaam":"Dordrecht",
                        "gemeentecode":"0505","gemeentenaam":"Dordrecht"}]}}""" : """
                        {"response":{"numFound":0,"start":0,"maxScore":0.0,"numFoundExact":0,"docs":[]}}""";
                if (query.contains("storing")) {
                    exchange.sendResponseHeaders(503, -1);
                    exchange.close();
                    return;
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void geocoder(DynamicPropertyRegistry registry) {
        registry.add("thuisbasis.facility.geocoder.url",
                () -> "http://127.0.0.1:" + PDOK.getAddress().getPort() + "/bzk/locatieserver/search/v3_1/free");
    }

    @AfterAll
    static void stop() {
        PDOK.stop(0);
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void an_address_found_by_pdok_comes_back_with_its_point_and_municipality() {
        var result = mvc.get().uri("/voorzieningen/adres-zoeken?q=Kasperspad 2 Dordrecht")
                .with(user(accounts.loadUserByUsername("gemeente"))).exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.results[0].postcode").isEqualTo("3311XV");
        assertThat(result).bodyJson().extractingPath("$.results[0].municipalityCode").isEqualTo("GM0505");
        assertThat(result).bodyJson().extractingPath("$.results[0].lon").isEqualTo(4.67251);
    }

    @Test
    void when_pdok_fails_the_form_says_so_in_dutch_and_points_to_the_map() {
        var result = mvc.get().uri("/voorzieningen/adres-zoeken?q=storing")
                .with(user(accounts.loadUserByUsername("gemeente"))).exchange();
        assertThat(result).hasStatus(503);
        assertThat(result).bodyJson().extractingPath("$.error").asString().contains("kies het punt op de kaart");
    }

    @Test
    void only_those_who_may_register_can_search() {
        assertThat(mvc.get().uri("/voorzieningen/adres-zoeken?q=Kasperspad")
                .with(user(accounts.loadUserByUsername("corporatie"))).exchange()).hasStatus(403);
    }
}
