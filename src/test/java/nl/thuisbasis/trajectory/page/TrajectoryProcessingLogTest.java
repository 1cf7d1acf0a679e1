package nl.thuisbasis.trajectory.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.crisis.CrisisPlans;
import nl.thuisbasis.trajectory.domain.CrisisPlanSamples;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.TargetHousing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every page that shows a client's data writes the processing log: a read by the provider's staff, and a refusal of
 * anyone else, each with the client's id, so that a client who asks who looked at their file gets a true answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrajectoryProcessingLogTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clients clients;

    @Autowired
    CrisisPlans crisisPlans;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    CurrentUser account(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    long entries(UUID client, String outcome) {
        return jdbc.sql("select count(*) from processing_log where object_type = 'client' and object_id = ? and outcome = ?")
                .params(client.toString(), outcome).query(Long.class).single();
    }

    int get(String path, String as) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(account(as)))).andReturn().getResponse().getStatus();
    }

    @Test
    void every_page_with_client_data_logs_each_read_and_each_refusal() throws Exception {
        UUID client = clients.register(account("begeleider"), new ClientRules.Draft("Lou Testpersoon", LocalDate.of(1999, 9, 9),
                "L-" + UUID.randomUUID().toString().substring(0, 8), TargetHousing.INDEPENDENT, null, null, null, null,
                "begeleider", null));
        crisisPlans.save(account("begeleider"), client, null, CrisisPlanSamples.ordinary(clients.today()));
        List<String> pages = List.of("/trajecten/" + client, "/trajecten/" + client + "/metingen/nieuw",
                "/trajecten/" + client + "/crisisplan", "/trajecten/" + client + "/crisisplan.pdf");
        for (String page : pages) {
            long reads = entries(client, "SUCCESS");
            assertThat(get(page, "begeleider")).as(page).isEqualTo(200);
            assertThat(entries(client, "SUCCESS")).as("a read of " + page).isGreaterThan(reads);
            for (String other : List.of("gemeente", "corporatie", "regio", "beheerder")) {
                long refusals = entries(client, "FAILURE");
                assertThat(get(page, other)).as(page + " as " + other).isEqualTo(404);
                assertThat(entries(client, "FAILURE")).as("a refusal of " + page + " to " + other).isEqualTo(refusals + 1);
            }
        }
        // a save of the crisis plan: one entry; anyone else is refused, and that is logged too
        for (String other : List.of("gemeente", "corporatie", "regio", "beheerder")) {
            long refusals = entries(client, "FAILURE");
            assertThat(mvc.perform(MockMvcRequestBuilders.post("/trajecten/" + client + "/crisisplan").with(user(account(other)))
                    .with(csrf()).param("version", "0")).andReturn().getResponse().getStatus()).isEqualTo(404);
            assertThat(entries(client, "FAILURE")).as("a refused save by " + other).isEqualTo(refusals + 1);
        }
        long listed = entries(client, "SUCCESS");
        assertThat(get("/trajecten?team=ja", "begeleider")).isEqualTo(200);
        assertThat(entries(client, "SUCCESS")).as("the caseload shows the client: one entry").isEqualTo(listed + 1);
    }
}
