package nl.thuisbasis.facility.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
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

@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Two people editing the same facility in the browser")
class FacilityFormConflictTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder edit(String id, String who, String name, int version) {
        return MockMvcRequestBuilders.post("/voorzieningen/" + id + "/bewerken").with(csrf())
                .with(user(accounts.loadUserByUsername(who)))
                .param("name", name).param("type", "INTERMEDIATE_FACILITY").param("targetGroups", "HOMELESS")
                .param("providerCode", "yulius").param("street", "Sterrenburglaan").param("houseNumber", "40")
                .param("postcode", "3318ZB").param("place", "Dordrecht").param("lon", "4.671926").param("lat", "51.787672")
                .param("capacity", "8").param("capacityUnit", "PLACES").param("status", "IN_USE")
                .param("version", Integer.toString(version));
    }

    @Test
    void the_second_editor_with_an_old_version_sees_who_changed_it_and_overwrites_nothing() throws Exception {
        String id = jdbc.sql("select id::text from facility where name like 'Tussenvoorziening Sterrenburg%'").query(String.class).single();
        int version = jdbc.sql("select version from facility where id = ?::uuid").param(id).query(Integer.class).single();

        MvcResult first = mvc.perform(edit(id, "gemeente", "Tussenvoorziening Sterrenburg (gemeente)", version)).andReturn();
        assertThat(first.getResponse().getStatus()).isEqualTo(302);
        assertThat(first.getResponse().getRedirectedUrl()).endsWith("?opgeslagen");

        MvcResult second = mvc.perform(edit(id, "regio", "Tussenvoorziening Sterrenburg (regio)", version)).andReturn();
        String page = second.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(second.getResponse().getStatus()).isEqualTo(409);
        assertThat(page).contains("data-testid=\"conflict\"", "Iemand anders (gemeente) heeft deze voorziening intussen gewijzigd",
                "Tussenvoorziening Sterrenburg (regio)");
        assertThat(jdbc.sql("select name from facility where id = ?::uuid").param(id).query(String.class).single())
                .isEqualTo("Tussenvoorziening Sterrenburg (gemeente)");

        // put the demo name back
        mvc.perform(edit(id, "gemeente", "Tussenvoorziening Sterrenburg", version + 1)).andReturn();
    }

    @Test
    void wrong_input_in_the_form_comes_back_with_dutch_messages_and_nothing_saved() throws Exception {
        long before = jdbc.sql("select count(*) from facility").query(Long.class).single();
        MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/voorzieningen/nieuw").with(csrf())
                .with(user(accounts.loadUserByUsername("gemeente")))
                .param("name", "Half").param("postcode", "12").param("lon", "veel").param("capacity", "-3")).andReturn();
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(page).contains("id=\"error-summary\"", "is geen getal", "Kies het soort voorziening.", "value=\"Half\"");
        assertThat(jdbc.sql("select count(*) from facility").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void removing_asks_first_and_a_stale_version_removes_nothing() throws Exception {
        MvcResult created = mvc.perform(MockMvcRequestBuilders.post("/voorzieningen/nieuw").with(csrf())
                .with(user(accounts.loadUserByUsername("gemeente")))
                .param("name", "Verwijdertest kamertraining").param("type", "LIVING_TRAINING").param("targetGroups", "YOUNG_ADULTS")
                .param("providerCode", "yulius").param("street", "Voorstraat").param("houseNumber", "201")
                .param("postcode", "3311ES").param("place", "Dordrecht").param("lon", "4.6641").param("lat", "51.8156")
                .param("capacity", "4").param("capacityUnit", "PLACES").param("status", "IN_USE")).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        String location = created.getResponse().getRedirectedUrl();
        String id = location.substring("/voorzieningen/".length(), location.indexOf('?'));

        // the detail page only offers the confirm step, which names the facility and carries the version seen
        String detail = mvc.perform(MockMvcRequestBuilders.get("/voorzieningen/" + id)
                .with(user(accounts.loadUserByUsername("gemeente")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(detail).contains("data-testid=\"delete-start\"", "name=\"versie\" value=\"0\"");
        MvcResult confirm = mvc.perform(MockMvcRequestBuilders.get("/voorzieningen/" + id + "/verwijderen?versie=0")
                .with(user(accounts.loadUserByUsername("gemeente")))).andReturn();
        assertThat(confirm.getResponse().getStatus()).isEqualTo(200);
        assertThat(confirm.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Weet u zeker dat u ‘Verwijdertest kamertraining’", "name=\"version\" value=\"0\"");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/voorzieningen/" + id + "/verwijderen")
                .with(user(accounts.loadUserByUsername("corporatie")))).andReturn().getResponse().getStatus()).isEqualTo(403);

        // someone changes it meanwhile: removing with the version seen before removes nothing
        mvc.perform(MockMvcRequestBuilders.post("/voorzieningen/" + id + "/bewerken").with(csrf())
                .with(user(accounts.loadUserByUsername("regio")))
                .param("name", "Verwijdertest kamertraining").param("type", "LIVING_TRAINING").param("targetGroups", "YOUNG_ADULTS")
                .param("providerCode", "yulius").param("street", "Voorstraat").param("houseNumber", "201")
                .param("postcode", "3311ES").param("place", "Dordrecht").param("lon", "4.6641").param("lat", "51.8156")
                .param("capacity", "5").param("capacityUnit", "PLACES").param("status", "IN_USE").param("version", "0")).andReturn();
        MvcResult stale = mvc.perform(MockMvcRequestBuilders.post("/voorzieningen/" + id + "/verwijderen").with(csrf())
                .with(user(accounts.loadUserByUsername("gemeente"))).param("version", "0")).andReturn();
        assertThat(stale.getResponse().getRedirectedUrl()).endsWith("?gewijzigd");
        assertThat(jdbc.sql("select count(*) from facility where id = ?::uuid").param(id).query(Long.class).single()).isOne();

        MvcResult removed = mvc.perform(MockMvcRequestBuilders.post("/voorzieningen/" + id + "/verwijderen").with(csrf())
                .with(user(accounts.loadUserByUsername("gemeente"))).param("version", "1")).andReturn();
        assertThat(removed.getResponse().getRedirectedUrl()).endsWith("/voorzieningen/kaart?verwijderd");
        assertThat(jdbc.sql("select count(*) from facility where id = ?::uuid").param(id).query(Long.class).single()).isZero();
    }
}
