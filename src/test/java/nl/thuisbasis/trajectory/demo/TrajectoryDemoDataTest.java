package nl.thuisbasis.trajectory.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.trajectory.client.Clients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The demo trajectories load on an empty database, show overdue work on the caseload, and every page of them opens. */
@SpringBootTest(properties = {"thuisbasis.embedded-db.database=trajectory_demo", "thuisbasis.trajectory.load-demo-data=true"})
@AutoConfigureMockMvc
class TrajectoryDemoDataTest {

    @Autowired
    Clients clients;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void twelve_generated_clients_with_their_work_and_every_page_opens() throws Exception {
        CurrentUser worker = (CurrentUser) users.loadUserByUsername("begeleider");
        Clients.Caseload caseload = clients.caseload(worker, new Clients.CaseloadQuery(null, null, false,
                Clients.CaseloadOrder.OVERDUE), PageQuery.of(1, null, 25, 25));
        assertThat(caseload.total()).isEqualTo(12);
        assertThat(caseload.entries().getFirst().overdueActions()).isPositive();
        assertThat(caseload.entries()).anySatisfy(e -> assertThat(e.daysInFacility()).isNotNull());
        assertThat(jdbc.sql("select count(*) from life_domain_assessment").query(Long.class).single()).isGreaterThanOrEqualTo(12);
        List<UUID> ids = jdbc.sql("select id from trajectory_client").query(UUID.class).list();
        for (UUID id : ids) {
            for (String page : new String[] {"", "/plan", "/gereedheid", "/toestemmingen", "/inzage"}) {
                assertThat(mvc.perform(MockMvcRequestBuilders.get("/trajecten/" + id + page).with(user(worker))).andReturn()
                        .getResponse().getStatus()).as(id + page).isEqualTo(200);
            }
        }
        // the partners' side: Trivire and the municipality each see the clients who consented, and only those
        CurrentUser corporation = (CurrentUser) users.loadUserByUsername("corporatie");
        String shared = mvc.perform(MockMvcRequestBuilders.get("/gedeeld").with(user(corporation))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(shared).contains("Ilse Schets", "Joep Proefpersoon").doesNotContain("Ada Proefpersoon");
        String municipality = mvc.perform(MockMvcRequestBuilders.get("/gedeeld").with(user((CurrentUser) users
                .loadUserByUsername("gemeente")))).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(municipality).contains("Eef Schets", "bemiddeling").doesNotContain("Ilse Schets");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/trajecten").with(user(worker))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("data-testid=\"consent-ending\"");
    }
}
