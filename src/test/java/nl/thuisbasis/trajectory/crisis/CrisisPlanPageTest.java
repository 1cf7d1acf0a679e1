package nl.thuisbasis.trajectory.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.TargetHousing;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The crisis plan page as a care worker uses it: a first plan is saved and shown again (post-redirect-get), the same
 * form sent twice saves once, a change with an old version is refused as stale and keeps what was entered, and the
 * crisis card is offered once there is a plan.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CrisisPlanPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clients clients;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    CurrentUser account(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    UUID client() {
        return clients.register(account("begeleider"), new ClientRules.Draft("Joep Testpersoon", LocalDate.of(1985, 8, 1),
                "K-" + UUID.randomUUID().toString().substring(0, 8), TargetHousing.INDEPENDENT, null, null, null, null,
                "begeleider", null));
    }

    /** A filled-in form, as the page sends it; more parameters replace or add. */
    static List<String> form(String... more) {
        List<String> params = new ArrayList<>(List.of(
                "agreedOn", LocalDate.now().minusDays(1).toString(), "madeWithClient", "true",
                "phases[0].phase", "CALM", "phases[0].signals", "Gaat elke dag naar de dagbesteding",
                "phases[1].phase", "TENSION", "phases[1].clientDoes", "Belt de begeleider",
                "phases[1].contacts[0].name", "Pim Testbegeleider", "phases[1].contacts[0].role", "Begeleider",
                "phases[1].contacts[0].phone", "06-12345678",
                "phases[2].phase", "CRISIS", "phases[2].othersDo", "Zus belt de crisisdienst",
                "phases[2].contacts[0].name", "", "phases[2].contacts[0].phone", "",
                "phases[2].contacts[1].name", "Crisisdienst Testregio", "phases[2].contacts[1].phone", "0900-1234",
                "phases[3].phase", "AFTER",
                "arrangements.post", "Buurman haalt de post", "arrangements.pets", "",
                "risks[0].risk", "Schulden", "risks[0].agreement", "Budgetbeheer", "risks[1].risk", "", "risks[1].agreement", ""));
        for (int i = 0; i < more.length; i += 2) {
            int at = params.indexOf(more[i]);
            if (at >= 0 && at % 2 == 0) {
                params.set(at + 1, more[i + 1]);
            } else {
                params.add(more[i]);
                params.add(more[i + 1]);
            }
        }
        return params;
    }

    MvcResult post(UUID client, List<String> params) throws Exception {
        MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post("/trajecten/" + client + "/crisisplan")
                .with(user(account("begeleider"))).with(csrf());
        for (int i = 0; i < params.size(); i += 2) {
            post.param(params.get(i), params.get(i + 1));
        }
        return mvc.perform(post).andReturn();
    }

    MvcResult get(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(account("begeleider")))).andReturn();
    }

    @Test
    void a_first_plan_is_saved_once_shown_again_and_printed_as_a_card() throws Exception {
        UUID client = client();
        assertThat(get("/trajecten/" + client + "/crisisplan.pdf").getResponse().getStatus()).as("no plan, no card").isEqualTo(404);
        String empty = get("/trajecten/" + client + "/crisisplan").getResponse().getContentAsString();
        assertThat(empty).contains("Er is nog geen crisisplan").doesNotContain("crisisplan.pdf");
        assertThat(get("/trajecten/" + client).getResponse().getContentAsString()).contains("Crisisplan maken")
                .doesNotContain("crisisplan.pdf");

        String token = UUID.randomUUID().toString();
        MvcResult saved = post(client, form("onceToken", token));
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/trajecten/" + client + "/crisisplan?opgeslagen");
        // the same form sent again (a double tap): the same answer, nothing saved twice
        assertThat(post(client, form("onceToken", token)).getResponse().getRedirectedUrl()).isEqualTo(saved.getResponse()
                .getRedirectedUrl());
        assertThat(jdbc.sql("select version from crisis_plan where client_id = ?").param(client).query(Integer.class).single())
                .isZero();

        String page = get("/trajecten/" + client + "/crisisplan?opgeslagen").getResponse().getContentAsString();
        assertThat(page).contains("Het crisisplan is opgeslagen", "Gaat elke dag naar de dagbesteding", "Crisisdienst Testregio",
                "Budgetbeheer", "crisisplan.pdf", "name=\"version\" value=\"0\"");
        // the day and the confirmation are given again with every change
        assertThat(page).contains("id=\"agreedOn\"").doesNotContain("value=\"" + LocalDate.now().minusDays(1) + "\"");
        assertThat(get("/trajecten/" + client).getResponse().getContentAsString()).contains("Crisisplan bekijken of wijzigen",
                "crisisplan.pdf", "Afgesproken met de cliënt op");

        MvcResult card = get("/trajecten/" + client + "/crisisplan.pdf");
        assertThat(card.getResponse().getStatus()).isEqualTo(200);
        assertThat(card.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(card.getResponse().getContentAsByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Joep Testpersoon", "Spanning", "06-12345678", "Buurman haalt de post");
        }
    }

    @Test
    void a_change_of_an_old_version_is_refused_as_stale_and_keeps_what_was_entered() throws Exception {
        UUID client = client();
        assertThat(post(client, form()).getResponse().getStatus()).isEqualTo(302);
        assertThat(post(client, form("version", "0", "phases[0].signals", "Eerste wijziging")).getResponse().getStatus())
                .isEqualTo(302);

        MvcResult stale = post(client, form("version", "0", "phases[0].signals", "Tweede wijziging, van een oud scherm"));
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        String page = stale.getResponse().getContentAsString();
        assertThat(page).contains("error-summary", "intussen opgeslagen of gewijzigd", "Tweede wijziging, van een oud scherm",
                "name=\"version\" value=\"1\"");
        assertThat(jdbc.sql("select signals from crisis_plan_phase where client_id = ? and phase = 'CALM'").param(client)
                .query(String.class).single()).isEqualTo("Eerste wijziging");
        // a first plan sent from a second window when there is one already: stale as well
        assertThat(post(client, form()).getResponse().getStatus()).isEqualTo(409);
        // looked over, it is saved over the current plan
        assertThat(post(client, form("version", "1", "phases[0].signals", "Tweede wijziging, van een oud scherm"))
                .getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void an_invalid_plan_shows_every_problem_at_its_field_and_keeps_what_was_entered() throws Exception {
        UUID client = client();
        MvcResult refused = post(client, form("agreedOn", "", "madeWithClient", "false", "phases[1].contacts[0].phone", "bel me",
                "risks[1].risk", "Eenzaamheid"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        String page = refused.getResponse().getContentAsString();
        assertThat(page).contains("error-summary", "href=\"#agreedOn\"", "href=\"#madeWithClient\"",
                "href=\"#phases-1--contacts-0--phone\"", "href=\"#risks-1--agreement\"", "aria-invalid=\"true\"",
                "Gaat elke dag naar de dagbesteding", "Eenzaamheid", "bel me");
        assertThat(jdbc.sql("select count(*) from crisis_plan where client_id = ?").param(client).query(Long.class).single())
                .isZero();
    }

    @Test
    void a_date_that_cannot_be_read_is_shown_again_at_its_field_with_everything_else_kept() throws Exception {
        UUID client = client();
        MvcResult refused = post(client, form("agreedOn", "31-02-2026", "risks[1].risk", "Eenzaamheid"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(refused.getResponse().getContentAsString()).contains("href=\"#agreedOn\"", "value=\"31-02-2026\"",
                "Gaat elke dag naar de dagbesteding", "Crisisdienst Testregio", "Buurman haalt de post", "Eenzaamheid",
                "href=\"#risks-1--agreement\"");
    }
}
