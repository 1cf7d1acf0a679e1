package nl.thuisbasis.trajectory.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.consent.Consents;
import nl.thuisbasis.trajectory.domain.ConsentRules;
import nl.thuisbasis.trajectory.domain.ConsentRules.DataCategory;
import nl.thuisbasis.trajectory.domain.ConsentRules.Evidence;
import nl.thuisbasis.trajectory.domain.ConsentRules.Purpose;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import testsupport.DemoApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's own overview lists the partner's granted read and its refusal after the revocation, on the page, in the
 * PDF and in the JSON export; only the provider's staff get it. Generated test persons only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClientOverviewIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    Consents consents;

    @Autowired
    Clients clients;

    @Autowired
    UserDetailsService users;

    DemoApi api;

    @BeforeEach
    void api() {
        api = new DemoApi(mvc, json);
    }

    @Test
    void reads_and_refusals_of_a_partner_reach_the_clients_overview() throws Exception {
        MvcTestResult created = api.call("POST", "begeleider", "/api/v1/trajectories/clients", """
                {"name": "Femke Testpersoon", "birthDate": "1991-01-01", "clientNumber": "OV-%s", "keyWorker": "begeleider"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        UUID client = UUID.fromString(api.body(created).get("id").asString());
        CurrentUser worker = (CurrentUser) users.loadUserByUsername("begeleider");
        LocalDate today = clients.today();
        UUID consent = consents.record(worker, client, new ConsentRules.Draft(EnumSet.of(DataCategory.SUPPORT_PLAN), "trivire",
                null, Purpose.AFTERCARE, today, today.plusMonths(6), Evidence.VERBAL_WITH_WITNESS, "Getuige Test", false), null);

        String shared = "/api/v1/trajectories/shared-clients/" + client + "?purpose=AFTERCARE";
        MvcTestResult read = api.call("GET", "corporatie", shared, null);
        assertThat(read.getResponse().getStatus()).isEqualTo(200);
        JsonNode body = api.body(read);
        assertThat(body.get("supportPlan").isObject()).isTrue();
        assertThat(body.path("contact").isMissingNode() || body.get("contact").isNull()).isTrue();
        assertThat(body.path("crisisPlan").isMissingNode() || body.get("crisisPlan").isNull()).isTrue();
        assertThat(api.call("GET", "gemeente", shared, null).getResponse().getStatus()).isEqualTo(403);

        consents.revoke(worker, client, consent, 0, "De cliënt trekt de toestemming in");
        MvcTestResult refused = api.call("GET", "corporatie", shared, null);
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(api.body(refused).get("type").asString()).endsWith("consent-required");
        assertThat(api.body(refused).get("title").asString()).isEqualTo("Geen toestemming van de cliënt");

        MvcTestResult page = mvc.get().uri("/trajecten/" + client + "/inzage").with(user(worker)).exchange();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).contains("Trivire", "Ondersteuningsplan ingezien (partner, met toestemming)",
                "Geweigerd", "Ingetrokken op");

        MvcTestResult pdf = mvc.get().uri("/trajecten/" + client + "/inzage.pdf").with(user(worker)).exchange();
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Femke Testpersoon", "Trivire", "Ondersteuningsplan ingezien (partner, met toestemming)",
                    "Geweigerd");
        }

        MvcTestResult export = api.call("GET", "begeleider", "/api/v1/trajectories/clients/" + client + "/export", null);
        assertThat(export.getResponse().getStatus()).isEqualTo(200);
        JsonNode all = api.body(export);
        assertThat(all.get("client").get("name").asString()).isEqualTo("Femke Testpersoon");
        assertThat(all.get("consents").get(0).get("revokeReason").asString()).isEqualTo("De cliënt trekt de toestemming in");
        assertThat(all.get("reads").valueStream().map(r -> r.get("action").asString() + " " + r.get("outcome").asString()))
                .contains("trajectory.shared.plan SUCCESS", "trajectory.shared.read DENIED");
        assertThat(api.call("GET", "corporatie", "/api/v1/trajectories/clients/" + client + "/export", null)
                .getResponse().getStatus()).isEqualTo(404);
    }
}
