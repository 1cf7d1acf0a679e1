package nl.thuisbasis.facility.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import nl.thuisbasis.facility.register.FacilityService;
import nl.thuisbasis.facility.register.FacilityAuthorizationTest;
import nl.thuisbasis.facility.FacilityRegisterChanged;
import nl.thuisbasis.facility.Facility;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayName("OGC API Features for the public layer")
class OgcFeaturesIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    FacilityLayers layers;

    @Autowired
    FacilityService service;

    final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path, Map.of());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private long placeableAreas() {
        return layers.publicLayer().areas().stream().filter(a -> a.lon() != null).count();
    }

    @Test
    void the_landing_page_conformance_and_collections_describe_the_service() throws Exception {
        List<String> rels = new ArrayList<>();
        getJson("/ogc").path("links").forEach(l -> rels.add(l.path("rel").asString()));
        assertThat(rels).contains("self", "conformance", "data");
        List<String> conformance = new ArrayList<>();
        getJson("/ogc/conformance").path("conformsTo").forEach(c -> conformance.add(c.asString()));
        assertThat(conformance).contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");
        List<String> ids = new ArrayList<>();
        getJson("/ogc/collections").path("collections").forEach(c -> ids.add(c.path("id").asString()));
        assertThat(ids).containsExactly("facility-areas", "public-facilities");
        assertThat(get("/ogc/collections/geheim", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void items_page_with_limit_and_offset_and_filter_by_bbox() throws Exception {
        JsonNode first = getJson("/ogc/collections/facility-areas/items?limit=5");
        assertThat(first.path("numberMatched").asLong()).isEqualTo(placeableAreas());
        assertThat(first.path("numberReturned").asInt()).isEqualTo(5);
        String next = null;
        for (JsonNode link : first.path("links")) {
            if (link.path("rel").asString().equals("next")) {
                next = link.path("href").asString();
            }
        }
        assertThat(next).startsWith("http://localhost:" + port + "/ogc/collections/facility-areas/items").contains("offset=5");
        // Dordrecht only
        JsonNode dordrecht = getJson("/ogc/collections/facility-areas/items?bbox=4.60,51.76,4.78,51.83&limit=1000");
        assertThat(dordrecht.path("features")).isNotEmpty().allSatisfy(f ->
                assertThat(f.path("properties").path("pc4").asString()).startsWith("33"));
        assertThat(get("/ogc/collections/facility-areas/items?bbox=1,2,3", Map.of()).statusCode()).isEqualTo(400);
        assertThat(get("/ogc/collections/facility-areas/items?limit=0", Map.of()).statusCode()).isEqualTo(400);
        assertThat(get("/ogc/collections/facility-areas/items?limit=veel", Map.of()).statusCode()).isEqualTo(400);
    }

    @Test
    void suppressed_areas_carry_no_counts_and_no_capacity() throws Exception {
        JsonNode items = getJson("/ogc/collections/facility-areas/items?limit=10000");
        assertThat(items.path("features")).anySatisfy(f -> assertThat(f.path("properties").path("suppressed").asBoolean()).isTrue());
        for (JsonNode f : items.path("features")) {
            JsonNode p = f.path("properties");
            if (p.path("suppressed").asBoolean()) {
                assertThat(p.has("facilities")).isFalse();
                assertThat(p.has("capacityRounded")).isFalse();
                assertThat(p.path("facilitiesText").asString()).isEqualTo("minder dan 3");
            } else {
                assertThat(p.path("facilities").asInt()).isGreaterThanOrEqualTo(3);
                assertThat(p.path("capacityRounded").asInt() % 5).isZero();
            }
        }
    }

    @Test
    void public_outputs_carry_no_secret_facility_and_no_address_of_a_facility_that_is_not_publicly_listed() throws Exception {
        StringBuilder all = new StringBuilder();
        for (String path : List.of("/ogc/collections/facility-areas/items?limit=10000",
                "/ogc/collections/public-facilities/items?limit=10000")) {
            all.append(get(path, Map.of()).body());
        }
        JsonNode publicFacilities = getJson("/ogc/collections/public-facilities/items?limit=10000");
        String body = all.toString();
        for (Facility f : service.allForAggregates()) {
            boolean shown = nl.thuisbasis.facility.domain.FacilityAccess.publiclyShown(f);
            if (!shown) {
                assertThat(FacilityAuthorizationTest.containsAddress(body, f)).as(f.name()).isFalse();
                assertThat(body).as(f.name()).doesNotContain("\"" + f.name() + "\"");
            }
        }
        assertThat(publicFacilities.path("numberMatched").asLong())
                .isEqualTo(service.allForAggregates().stream().filter(nl.thuisbasis.facility.domain.FacilityAccess::publiclyShown).count());
    }

    @Test
    void a_repeated_request_with_its_etag_answers_304_without_a_body() throws Exception {
        String path = "/ogc/collections/facility-areas/items?f=json&limit=1000";
        HttpResponse<String> first = get(path, Map.of());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/geo+json");
        HttpResponse<String> again = get(path, Map.of());
        assertThat(again.body()).isEqualTo(first.body());
        HttpResponse<String> conditional = get(path, Map.of("If-None-Match", etag));
        assertThat(conditional.statusCode()).isEqualTo(304);
        assertThat(conditional.body()).isEmpty();
        // a change to the register makes a new ETag
        layers.on(new FacilityRegisterChanged("update", 1));
        HttpResponse<String> afterChange = get(path, Map.of("If-None-Match", etag));
        assertThat(afterChange.statusCode()).isEqualTo(200);
        assertThat(afterChange.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    }

    @Test
    void an_unknown_parameter_or_a_malformed_datetime_is_a_400_as_the_core_asks() throws Exception {
        String items = "/ogc/collections/public-facilities/items";
        for (String query : java.util.List.of("?limt=5", "?bboxx=1,2,3,4", "?datetime=gisteren", "?datetime=2026-13-01",
                "?datetime=../..", "?datetime=2026-01-01/2026-02-01/2026-03-01")) {
            HttpResponse<String> response = get(items + query, Map.of());
            assertThat(response.statusCode()).as(query).isEqualTo(400);
        }
        for (String query : java.util.List.of("?datetime=2026-11-16", "?datetime=2026-11-16T10:00:00Z",
                "?datetime=../2026-11-16T10:00:00Z", "?datetime=2026-01-01/..", "?datetime=2026-01-01/2026-12-31", "?lang=en")) {
            assertThat(get(items + query, Map.of()).statusCode()).as(query).isEqualTo(200);
        }
    }
}
