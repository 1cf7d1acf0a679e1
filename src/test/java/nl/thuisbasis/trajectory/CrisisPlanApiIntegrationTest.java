package nl.thuisbasis.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import testsupport.DemoApi;

/**
 * A client's crisis plan through the API: none yet (404 with its own code), the first plan, a change with the version
 * read and a stale one (409), every problem at the request's path, the card as one page of PDF, and everyone else
 * refused (404). Generated test persons only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Crisis plans through the API")
class CrisisPlanApiIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    DemoApi api;

    @BeforeEach
    void api() {
        api = new DemoApi(mvc, json);
    }

    String plan(Integer version, String phone) {
        return """
                {"agreedOn": "%s", "madeWithClient": true, "version": %s,
                 "phases": [{"phase": "TENSION", "signals": "Slaapt slecht", "clientDoes": "Belt de begeleider",
                             "contacts": [{"name": "Pim Testbegeleider", "role": "begeleider", "phone": "%s"}]},
                            {"phase": "CRISIS", "othersDo": "Zus belt de crisisdienst"}],
                 "arrangements": {"post": "De buurman haalt de post"},
                 "risks": [{"risk": "Schulden", "agreement": "Budgetbeheer"}]}"""
                .formatted(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")), version, phone);
    }

    MvcTestResult card(String user, String path) {
        return mvc.get().uri(path + "/card").accept(org.springframework.http.MediaType.APPLICATION_PDF)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic(user, DemoApi.PASSWORD)).exchange();
    }

    @Test
    void make_change_and_print_a_crisis_plan_and_nobody_else_sees_it() throws Exception {
        MvcTestResult created = api.call("POST", "begeleider", "/api/v1/trajectories/clients", """
                {"name": "Ivo Testpersoon", "birthDate": "1987-07-07", "clientNumber": "CPA-%s", "keyWorker": "begeleider"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(created).hasStatus(201);
        String path = "/api/v1/trajectories/clients/" + api.body(created).path("id").asString() + "/crisis-plan";

        MvcTestResult none = api.call("GET", "begeleider", path, null);
        assertThat(none).hasStatus(404);
        assertThat(api.body(none).path("code").asString()).isNotBlank();

        MvcTestResult first = api.call("PUT", "begeleider", path, plan(null, "06-12345678"));
        assertThat(first).hasStatus(200);
        assertThat(api.body(first).path("version").asInt()).isZero();
        // every phase once, in order: calm, tension, crisis, after
        assertThat(api.body(first).path("phases")).hasSize(4);
        assertThat(api.body(first).path("phases").get(1).path("phaseName").asString()).isEqualTo("Spanning");

        MvcTestResult wrong = api.call("PUT", "begeleider", path, plan(0, "bel mij"));
        assertThat(wrong).hasStatus(422);
        List<String> fields = new ArrayList<>();
        api.body(wrong).path("errors").forEach(e -> fields.add(e.path("name").asString()));
        assertThat(fields).containsExactly("phases[0].contacts[0].phone");

        assertThat(api.call("PUT", "begeleider", path, plan(0, "0612345678"))).hasStatus(200);
        assertThat(api.call("PUT", "begeleider", path, plan(0, "0612345678"))).hasStatus(409);
        JsonNode read = api.body(api.call("GET", "begeleider", path, null));
        assertThat(read.path("version").asInt()).isEqualTo(1);
        assertThat(read.path("phases").get(1).path("contacts").get(0).path("phone").asString()).isEqualTo("0612345678");

        MvcTestResult card = card("begeleider", path);
        assertThat(card).hasStatus(200);
        try (PDDocument pdf = Loader.loadPDF(card.getResponse().getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Ivo Testpersoon");
        }
        for (String other : List.of("gemeente", "corporatie", "regio", "beheerder")) {
            assertThat(api.call("GET", other, path, null)).as(other).hasStatus(404);
            assertThat(api.call("PUT", other, path, plan(1, "0612345678"))).as(other).hasStatus(404);
            assertThat(card(other, path)).as(other).hasStatus(404);
        }
        assertThat(api.call("PUT", "begeleider", path, "{\"madeWithClient\": \"ja\"")).hasStatus(400);
    }
}
