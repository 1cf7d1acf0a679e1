package nl.thuisbasis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import testsupport.PdokStubbed;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report with only a typed place is routed through the address search (PDOK, here its stand-in): to the public
 * facility on that street when there is one, else to the municipality the address lies in; when the address search
 * does not answer, by the municipality the text names.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Routing a report by its typed place through the address search")
class TypedPlaceRoutingTest extends PdokStubbed {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private Map<String, Object> routed(String place) {
        MvcTestResult result = mvc.post().uri("/api/v1/reports").contentType(MediaType.APPLICATION_JSON)
                .content("{\"locationText\": " + json.writeValueAsString(place)
                        + ", \"category\": \"PARKING\", \"description\": \"Busje op de stoep\"}")
                .with(request -> {
                    request.setRemoteAddr("127.0.4.1");
                    return request;
                }).exchange();
        assertThat(result).hasStatus(201);
        String code = json.readTree(result.getResponse().getContentAsByteArray()).path("trackingCode").asString();
        return jdbc.sql("""
                select r.municipality_code, r.routed_to, r.route_target, f.name as facility
                from report r left join facility f on f.id = r.facility_id where r.tracking_code = ?""")
                .param(code).query().singleRow();
    }

    @Test
    void a_street_with_a_public_facility_goes_to_that_facility_and_its_provider() {
        assertThat(routed("Kasperspad, Dordrecht"))
                .containsEntry("facility", "Nacht- en crisisopvang Kromhout/Kasperspad")
                .containsEntry("route_target", "PROVIDER").containsEntry("routed_to", "leger-des-heils")
                .containsEntry("municipality_code", "GM0505");
        assertThat(routed("kasperspad")).as("the town need not be typed when the address search finds the street")
                .containsEntry("route_target", "PROVIDER");
    }

    @Test
    void an_address_without_a_public_facility_on_its_street_goes_to_its_municipality() {
        assertThat(routed("Voorstraat 200")).containsEntry("facility", null)
                .containsEntry("municipality_code", "GM0505").containsEntry("route_target", "MUNICIPALITY")
                .containsEntry("routed_to", "GM0505");
    }

    @Test
    void when_the_address_search_fails_the_town_in_the_text_decides_and_otherwise_the_region() {
        assertThat(routed("storing bij de Noordendijk, Dordrecht")).containsEntry("facility", null)
                .containsEntry("route_target", "MUNICIPALITY").containsEntry("routed_to", "GM0505");
        assertThat(routed("Nergensweg 1")).containsEntry("facility", null).containsEntry("route_target", "REGION");
    }
}
