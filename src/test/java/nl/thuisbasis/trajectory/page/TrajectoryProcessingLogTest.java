package nl.thuisbasis.trajectory.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.crisis.CrisisPlans;
import nl.thuisbasis.trajectory.domain.CrisisPlanSamples;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.TargetHousing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page and every API endpoint that shows a client's data writes the processing log: a read by the provider's
 * staff, and a refusal of anyone else, each with the client's id, so that a client who asks who looked at their file
 * gets a true answer. The API's endpoints of one client are found in the application's own mappings, so a new one
 * (plans, crisis plans, readiness) is checked here without being listed.
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

    @Autowired
    nl.thuisbasis.audit.ProcessingLog processingLog;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static final String API = "/api/v1/trajectories/clients";
    static final List<String> OTHERS = List.of("gemeente", "corporatie", "regio", "beheerder");
    /** API reads of one client that show no data of the client (their refusal is logged all the same), and why. */
    static final Map<String, String> NO_CLIENT_DATA = Map.of(
            API + "/{id}/assessment-instrument", "the instrument of the client's region: its domains and levels only");

    CurrentUser account(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    long entries(UUID client, String outcome) {
        return jdbc.sql("select count(*) from processing_log where object_type = 'client' and subject_ref = ? and outcome = ?")
                .params(processingLog.pseudonym("client", client.toString()), outcome).query(Long.class).single();
    }

    int get(String path, String as) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(account(as)))).andReturn().getResponse().getStatus();
    }

    int post(String path, String as, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(user(account(as))).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn().getResponse().getStatus();
    }

    long refusals(String action) {
        return jdbc.sql("select count(*) from processing_log where action = ? and outcome = 'FAILURE'").param(action)
                .query(Long.class).single();
    }

    UUID register() {
        return clients.register(account("begeleider"), new ClientRules.Draft("Lou Testpersoon", LocalDate.of(1999, 9, 9),
                "L-" + UUID.randomUUID().toString().substring(0, 8), TargetHousing.INDEPENDENT, null, null, null, null,
                "begeleider", null));
    }

    /** The API's GET endpoints of one client ({@code /api/v1/trajectories/clients/{id}...}), from the mappings. */
    Set<String> apiReadsOfOneClient() {
        Set<String> patterns = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean get = info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            info.getPatternValues().stream().filter(p -> get && p.startsWith(API + "/{")).forEach(patterns::add);
        });
        return patterns;
    }

    @Test
    void every_page_with_client_data_logs_each_read_and_each_refusal() throws Exception {
        UUID client = register();
        crisisPlans.save(account("begeleider"), client, null, CrisisPlanSamples.ordinary(clients.today()));
        List<String> pages = List.of("/trajecten/" + client, "/trajecten/" + client + "/metingen/nieuw",
                "/trajecten/" + client + "/plan", "/trajecten/" + client + "/gereedheid",
                "/trajecten/" + client + "/crisisplan", "/trajecten/" + client + "/crisisplan.pdf",
                "/trajecten/" + client + "/toestemmingen");
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

    @Test
    void every_api_endpoint_with_client_data_logs_each_read_and_each_refusal() throws Exception {
        UUID client = register();
        crisisPlans.save(account("begeleider"), client, null, CrisisPlanSamples.ordinary(clients.today()));
        Set<String> reads = apiReadsOfOneClient();
        assertThat(reads).contains(API + "/{id}", API + "/{id}/assessments", API + "/{id}/assessment-instrument",
                API + "/{id}/plan", API + "/{id}/readiness", API + "/{id}/crisis-plan", API + "/{id}/crisis-plan/card");
        for (String pattern : reads) {
            assertThat(pattern.replace("{id}", "")).as("%s: a test value for each of its variables", pattern).doesNotContain("{");
            String path = pattern.replace("{id}", client.toString());
            long before = entries(client, "SUCCESS");
            assertThat(get(path, "begeleider")).as(path).isEqualTo(200);
            if (!NO_CLIENT_DATA.containsKey(pattern)) {
                assertThat(entries(client, "SUCCESS")).as("a read of " + pattern).isGreaterThan(before);
            }
            for (String other : OTHERS) {
                long refused = entries(client, "FAILURE");
                assertThat(get(path, other)).as(pattern + " as " + other).isEqualTo(404);
                assertThat(entries(client, "FAILURE")).as("a refusal of " + pattern + " to " + other).isEqualTo(refused + 1);
            }
        }

        long listed = entries(client, "SUCCESS");
        assertThat(get(API + "?scope=TEAM&pageSize=500", "begeleider")).isEqualTo(200);
        assertThat(entries(client, "SUCCESS")).as("the caseload shows the client: one entry").isEqualTo(listed + 1);
        for (String other : OTHERS) {
            long refused = refusals("trajectory.client.caseload");
            assertThat(get(API, other)).isEqualTo(403);
            assertThat(refusals("trajectory.client.caseload")).as("the caseload refused to " + other).isEqualTo(refused + 1);
        }
    }

    @Test
    void every_api_write_of_a_client_is_logged_and_so_is_each_refused_write() throws Exception {
        UUID client = register();
        String today = clients.today().toString();
        // in an order in which each can be made; the ids of the goal, action and evaluation are read when their turn comes
        Map<String, String> writes = new LinkedHashMap<>();
        writes.put("POST " + API + "/{id}/phase-changes", "{\"phase\": \"IN_FACILITY\", \"since\": \"%s\", \"version\": 0}".formatted(today));
        writes.put("POST " + API + "/{id}/assessments", "{\"assessedOn\": \"%s\", \"scores\": {\"FINANCES\": {\"score\": 2}}}".formatted(today));
        writes.put("POST " + API + "/{id}/plan/goals", "{\"domain\": \"FINANCES\", \"description\": \"Schulden\", \"targetLevel\": 4}");
        writes.put("POST " + API + "/{id}/plan/actions", "{\"goalId\": \"{goalId}\", \"description\": \"Bellen\", "
                + "\"ownerPerson\": \"begeleider\", \"dueOn\": \"%s\"}".formatted(today));
        writes.put("POST " + API + "/{id}/plan/actions/{actionId}/status-changes", "{\"status\": \"DONE\", \"version\": 0}");
        writes.put("POST " + API + "/{id}/plan/goals/{goalId}/status-changes", "{\"status\": \"ACHIEVED\", \"version\": 0}");
        writes.put("POST " + API + "/{id}/plan/evaluations", "{\"plannedOn\": \"%s\", \"participants\": [\"CLIENT\"]}".formatted(today));
        writes.put("POST " + API + "/{id}/plan/evaluations/{evaluationId}/outcome", ("{\"heldOn\": \"%s\", \"outcome\": "
                + "\"Gaat goed\", \"scaling\": \"SAME\", \"version\": 0}").formatted(today));
        writes.put("PUT " + API + "/{id}/readiness", ("{\"version\": 0, \"entries\": {\"SELF_CARE\": {\"confirmedOn\": \"%s\", "
                + "\"confirmedBy\": \"Test\"}}}").formatted(today));
        writes.put("PUT " + API + "/{id}/crisis-plan", ("{\"agreedOn\": \"%s\", \"madeWithClient\": true, \"phases\": "
                + "[{\"phase\": \"CALM\", \"signals\": \"Rustig\"}]}").formatted(today));
        assertThat(writes.keySet()).as("every API write of one client (from the mappings) has a sample here")
                .containsExactlyInAnyOrderElementsOf(apiWritesOfOneClient());
        for (Map.Entry<String, String> write : writes.entrySet()) {
            String method = write.getKey().substring(0, write.getKey().indexOf(' '));
            String path = ids(write.getKey().substring(method.length() + 1), client);
            String body = ids(write.getValue(), client);
            for (String other : OTHERS) {
                long refused = entries(client, "FAILURE");
                assertThat(send(method, path, other, body)).as(path + " as " + other).isEqualTo(404);
                assertThat(entries(client, "FAILURE")).as("a refused write to " + other).isEqualTo(refused + 1);
            }
            long before = entries(client, "SUCCESS");
            assertThat(send(method, path, "begeleider", body)).as(path).isIn(200, 201);
            assertThat(entries(client, "SUCCESS")).as("the write of " + path).isGreaterThan(before);
        }
        for (String other : OTHERS) {
            long refused = refusals("trajectory.client.register");
            assertThat(post(API, other, "{}")).isEqualTo(403);
            assertThat(refusals("trajectory.client.register")).as("a registration refused to " + other).isEqualTo(refused + 1);
        }
    }

    /** The API's writes of one client ("METHOD pattern"), from the mappings. */
    Set<String> apiWritesOfOneClient() {
        Set<String> writes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getMethodsCondition().getMethods().stream()
                .filter(m -> m != RequestMethod.GET && m != RequestMethod.HEAD)
                .forEach(m -> info.getPatternValues().stream().filter(p -> p.startsWith(API + "/{"))
                        .forEach(p -> writes.add(m.name() + " " + p))));
        return writes;
    }

    /** The client's id and the ids of its (first) goal, action and evaluation in place of their variables. */
    String ids(String text, UUID client) {
        String filled = text.replace("{id}", client.toString());
        for (String[] kind : new String[][] {{"{goalId}", "support_goal"}, {"{actionId}", "support_action"},
            {"{evaluationId}", "support_evaluation"}}) {
            if (filled.contains(kind[0])) {
                filled = filled.replace(kind[0], jdbc.sql("select id::text from " + kind[1] + " where client_id = ? "
                        + "order by created_at limit 1").param(client).query(String.class).single());
            }
        }
        return filled;
    }

    int send(String method, String path, String as, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), path)
                .with(user(account(as))).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getStatus();
    }
}
