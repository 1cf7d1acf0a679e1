package nl.thuisbasis.trajectory.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.TargetHousing;
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

/** Bad input on the trajectory forms: a clear error at the field, nothing stored, never a 5xx. */
@SpringBootTest
@AutoConfigureMockMvc
class TrajectoryFormInputTest {

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

    MvcResult post(String path, String... params) throws Exception {
        MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post(path).with(user(account("begeleider"))).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            post.param(params[i], params[i + 1]);
        }
        return mvc.perform(post).andReturn();
    }

    long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void malformed_registrations_are_refused_at_their_field() throws Exception {
        long before = rows("trajectory_client");
        String[][] cases = {
            {"name", "Test", "birthDate", "31-02-1990", "clientNumber", "X1", "keyWorker", "begeleider"},
            {"name", "Test", "birthDate", "0000-01-01", "clientNumber", "X1", "keyWorker", "begeleider"},
            {"name", "x".repeat(5000), "birthDate", "1990-01-01", "clientNumber", "X1", "keyWorker", "begeleider"},
            {"name", "Test\u0000", "birthDate", "1990-01-01", "clientNumber", "X\u00001", "keyWorker", "begeleider"},
            {"name", "Test\u0000", "birthDate", "1990-01-01", "clientNumber", "NUL1", "keyWorker", "begeleider"},
            {"name", "Test", "birthDate", "1990-01-01", "clientNumber", "NUL2", "keyWorker", "begeleider",
                "preferredMunicipality", "GM0590", "originMunicipality", "GM0505", "originReason", "reden\u0007"},
            {"name", "Test", "birthDate", "1990-01-01", "clientNumber", "X1", "keyWorker", "begeleider", "targetHousing", "KASTEEL"},
            {"name", "Test", "birthDate", "1990-01-01", "clientNumber", "X1", "keyWorker", "begeleider", "preferredMunicipality", "GM9999"},
        };
        for (String[] params : cases) {
            MvcResult result = post("/trajecten", params);
            assertThat(result.getResponse().getStatus()).as(String.join(" ", params).substring(0, 40)).isEqualTo(422);
            assertThat(result.getResponse().getContentAsString()).contains("error-summary");
        }
        assertThat(rows("trajectory_client")).isEqualTo(before);
    }

    @Test
    void malformed_assessments_and_phases_are_refused_and_store_nothing() throws Exception {
        UUID id = clients.register(account("begeleider"), new ClientRules.Draft("Kim Testpersoon", LocalDate.of(1990, 2, 2),
                "F-" + UUID.randomUUID().toString().substring(0, 8), TargetHousing.INDEPENDENT, null, null, null, null,
                "begeleider", null));
        long before = rows("life_domain_assessment");
        String path = "/trajecten/" + id + "/metingen";
        String[][] cases = {
            {"assessedOn", "2026-01-01", "score[HOUSING]", "abc"},
            {"assessedOn", "2026-01-01", "score[HOUSING]", "9"},
            {"assessedOn", "2026-01-01", "score[NIET_BESTAAND]", "3"},
            {"assessedOn", "2999-01-01", "score[HOUSING]", "3"},
            {"assessedOn", "morgen", "score[HOUSING]", "3"},
            {"assessedOn", "2026-01-01", "score[HOUSING]", "99999999999999999999"},
            {"assessedOn", "2026-01-01", "score[HOUSING]", "3", "note[HOUSING]", "x".repeat(2000)},
            {"assessedOn", "2026-01-01", "score[HOUSING]", "3", "note[HOUSING]", "nul\u0000"},
        };
        for (String[] params : cases) {
            MvcResult result = post(path, params);
            assertThat(result.getResponse().getStatus()).as(String.join(" ", params)).isEqualTo(422);
        }
        assertThat(rows("life_domain_assessment")).isEqualTo(before);

        assertThat(post("/trajecten/" + id + "/fase", "phase", "VLIEGEN", "since", "2026-01-01", "version", "0")
                .getResponse().getStatus()).isEqualTo(422);
        assertThat(post("/trajecten/" + id + "/fase", "phase", "IN_FACILITY", "since", LocalDate.now().toString(), "version", "0",
                "note", "nul\u0000").getResponse().getStatus()).isEqualTo(422);
        assertThat(post("/trajecten/" + id + "/fase", "phase", "IN_FACILITY", "since", "2026-01-01", "version", "x")
                .getResponse().getStatus()).isEqualTo(422);
        assertThat(post("/trajecten/" + id + "/fase", "phase", "IN_FACILITY", "since", LocalDate.now().toString(), "version", "7")
                .getResponse().getStatus()).isEqualTo(409);
        assertThat(post("/trajecten/niet-een-id/fase", "phase", "IN_FACILITY").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void malformed_plans_and_checklists_are_refused_and_store_nothing() throws Exception {
        UUID id = clients.register(account("begeleider"), new ClientRules.Draft("Bo Testpersoon", LocalDate.of(1991, 3, 3),
                "G-" + UUID.randomUUID().toString().substring(0, 8), TargetHousing.INDEPENDENT, null, null, null, null,
                "begeleider", null));
        String plan = "/trajecten/" + id + "/plan";
        long goals = rows("support_goal");
        String[][] goalCases = {
            {"goalDomain", "HOUSING", "goalDescription", "Wonen", "goalTarget", "abc"},
            {"goalDomain", "HOUSING", "goalDescription", "Wonen", "goalTarget", "99999999999999999999"},
            {"goalDomain", "KASTEEL", "goalDescription", "Wonen", "goalTarget", "4"},
            {"goalDomain", "HOUSING", "goalDescription", "x".repeat(5000), "goalTarget", "4"},
            {"goalDomain", "HOUSING", "goalDescription", "nul\u0000", "goalTarget", "4"},
        };
        for (String[] params : goalCases) {
            MvcResult result = post(plan + "/doelen", params);
            assertThat(result.getResponse().getStatus()).as(String.join(" ", params)).isEqualTo(422);
            assertThat(result.getResponse().getContentAsString()).contains("error-summary");
        }
        assertThat(rows("support_goal")).isEqualTo(goals);
        long actions = rows("support_action");
        long evaluations = rows("support_evaluation");
        String[][] actionCases = {
            {"actionGoal", "niet-een-id", "actionDescription", "x", "actionOwner", "begeleider", "actionDue", "2026-12-31"},
            {"actionGoal", UUID.randomUUID().toString(), "actionDescription", "x", "actionOwner", "begeleider", "actionDue", "31-02-2027"},
            {"actionDescription", "x", "actionPartner", "p\u0000", "actionDue", "0000-01-01"},
        };
        for (String[] params : actionCases) {
            assertThat(post(plan + "/acties", params).getResponse().getStatus()).as(String.join(" ", params)).isEqualTo(422);
        }
        assertThat(post(plan + "/evaluaties", "evaluationOn", "morgen", "withClient", "ja").getResponse().getStatus()).isEqualTo(422);
        assertThat(post(plan + "/evaluaties", "evaluationOn", "2999-01-01").getResponse().getStatus()).isEqualTo(422);
        assertThat(rows("support_action")).isEqualTo(actions);
        assertThat(rows("support_evaluation")).isEqualTo(evaluations);
        assertThat(post(plan + "/acties/" + UUID.randomUUID() + "/status", "status", "VLIEGEN", "version", "0")
                .getResponse().getStatus()).isEqualTo(422);
        // an action the client does not have is not found (a stale version of one it has is 409: SupportPlansTest)
        assertThat(post(plan + "/acties/" + UUID.randomUUID() + "/status", "status", "DONE", "version", "0")
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(post(plan + "/acties/niet-een-id/status", "status", "DONE").getResponse().getStatus()).isEqualTo(404);
        // a blank id (sent as such, not encoded again) is no action either, and no server error
        assertThat(mvc.perform(MockMvcRequestBuilders.post(java.net.URI.create(plan + "/acties/%20/status")).param("status", "DONE")
                .with(user(account("begeleider"))).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(post(plan + "/evaluaties/" + UUID.randomUUID(), "heldOn", "2026-01-01", "outcome", "x", "scaling", "SAME",
                "version", "0").getResponse().getStatus()).isEqualTo(404);

        String checklist = "/trajecten/" + id + "/gereedheid";
        long confirmations = rows("client_readiness");
        String[][] readinessCases = {
            {"version", "0", "on[SELF_CARE]", "31-02-2026", "by[SELF_CARE]", "x"},
            {"version", "0", "on[SELF_CARE]", "2999-01-01", "by[SELF_CARE]", "x"},
            {"version", "0", "on[SELF_CARE]", "2026-01-01"},
            {"version", "0", "on[KASTEEL]", "2026-01-01", "by[KASTEEL]", "x"},
            {"version", "0", "on[SELF_CARE]", "2026-01-01", "by[SELF_CARE]", "x".repeat(500)},
            {"version", "0", "on[SELF_CARE]", "2026-01-01", "by[SELF_CARE]", "nul\u0000"},
            {"version", "abc", "on[SELF_CARE]", "2026-01-01", "by[SELF_CARE]", "x"},
        };
        for (String[] params : readinessCases) {
            MvcResult result = post(checklist, params);
            assertThat(result.getResponse().getStatus()).as(String.join(" ", params)).isEqualTo(422);
            assertThat(result.getResponse().getContentAsString()).contains("error-summary");
        }
        assertThat(post(checklist, "version", "5", "on[SELF_CARE]", "2026-01-01", "by[SELF_CARE]", "x").getResponse().getStatus())
                .isEqualTo(409);
        assertThat(rows("client_readiness")).isEqualTo(confirmations);
    }

    @Test
    void malformed_crisis_plans_are_refused_and_store_nothing() throws Exception {
        UUID id = clients.register(account("begeleider"), new ClientRules.Draft("Bo Testpersoon", LocalDate.of(1992, 3, 3),
                "P-" + UUID.randomUUID().toString().substring(0, 8), TargetHousing.INDEPENDENT, null, null, null, null,
                "begeleider", null));
        String path = "/trajecten/" + id + "/crisisplan";
        String today = LocalDate.now().toString();
        String[][] cases = {
            {"agreedOn", "31-02-2026", "madeWithClient", "true", "phases[0].phase", "CALM", "phases[0].signals", "Slaapt slecht"},
            {"agreedOn", "0000-01-01", "madeWithClient", "true", "phases[0].phase", "CALM", "phases[0].signals", "Slaapt slecht"},
            {"agreedOn", "2999-01-01", "madeWithClient", "true", "phases[0].phase", "CALM", "phases[0].signals", "Slaapt slecht"},
            {"agreedOn", today, "madeWithClient", "misschien", "phases[0].phase", "CALM", "phases[0].signals", "Slaapt slecht"},
            {"agreedOn", today, "phases[0].phase", "CALM", "phases[0].signals", "Slaapt slecht"},
            {"agreedOn", today, "madeWithClient", "true"},
            {"agreedOn", today, "madeWithClient", "true", "phases[0].phase", "CALM", "phases[0].signals", "x".repeat(5000)},
            {"agreedOn", today, "madeWithClient", "true", "phases[0].phase", "CALM", "phases[0].signals", "nul\u0000"},
            {"agreedOn", today, "madeWithClient", "true", "phases[0].phase", "PANIEK", "phases[0].signals", "a"},
            {"agreedOn", today, "madeWithClient", "true", "phases[0].phase", "CALM", "phases[1].phase", "CALM",
                "phases[0].signals", "a"},
            {"agreedOn", today, "madeWithClient", "true", "phases[0].phase", "CALM", "phases[0].signals", "a",
                "phases[0].contacts[0].name", "Ria",
                "phases[0].contacts[0].phone", "06\u00071234567"},
            {"agreedOn", today, "madeWithClient", "true", "phases[0].phase", "CALM", "phases[0].signals", "a",
                "phases[0].contacts[0].name", "Ria",
                "phases[0].contacts[0].phone", "9".repeat(300)},
            {"agreedOn", today, "madeWithClient", "true", "phases[0].phase", "CALM", "phases[0].signals", "a",
                "phases[0].contacts[5].name", "Ria",
                "phases[0].contacts[5].phone", "0612345678"},
            {"agreedOn", today, "madeWithClient", "true", "phases[0].phase", "CALM", "phases[0].signals", "a", "phases[7].signals", "b"},
            {"agreedOn", today, "madeWithClient", "true", "phases[0].phase", "CALM", "phases[0].signals", "a",
                "risks[9].risk", "r", "risks[9].agreement", "a"},
            {"agreedOn", today, "madeWithClient", "true", "phases[0].phase", "CALM", "phases[0].signals", "a",
                "arrangements.keys", "k\u0000"},
            {"agreedOn", today, "madeWithClient", "true", "phases[0].phase", "CALM", "phases[0].signals", "a", "version", "x"},
        };
        for (String[] params : cases) {
            MvcResult result = post(path, params);
            assertThat(result.getResponse().getStatus()).as(String.join(" ", params).substring(0, Math.min(90,
                    String.join(" ", params).length()))).isEqualTo(422);
            assertThat(result.getResponse().getContentAsString()).contains("error-summary");
        }
        assertThat(jdbc.sql("select count(*) from crisis_plan where client_id = ?").param(id).query(Long.class).single()).isZero();
        // an index far beyond any list, a stale version, a malformed or unknown client: refused, never a 5xx
        for (String row : new String[] {"risks[300].risk", "phases[0].contacts[99999999].name", "phases[2147483648].signals"}) {
            assertThat(post(path, "agreedOn", today, "madeWithClient", "true", "phases[0].phase", "CALM", "phases[0].signals", "a",
                    row, "r").getResponse().getStatus()).as(row).isEqualTo(400);
        }
        assertThat(post(path, "agreedOn", today, "madeWithClient", "true", "phases[0].phase", "CALM", "phases[0].signals", "a",
                "version", "3").getResponse().getStatus()).isEqualTo(409);
        assertThat(post("/trajecten/niet-een-id/crisisplan", "agreedOn", today).getResponse().getStatus()).isEqualTo(404);
        assertThat(post("/trajecten/" + UUID.randomUUID() + "/crisisplan", "agreedOn", "31-02-2026").getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/trajecten/niet-een-id/crisisplan.pdf")
                .with(user(account("begeleider")))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from crisis_plan where client_id = ?").param(id).query(Long.class).single()).isZero();
        // and the plan every case above spoils is one that saves
        assertThat(post(path, "agreedOn", today, "madeWithClient", "true", "phases[0].phase", "CALM", "phases[0].signals", "a")
                .getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void malformed_consents_are_refused_and_store_nothing() throws Exception {
        UUID id = clients.register(account("begeleider"), new ClientRules.Draft("Tom Testpersoon", LocalDate.of(1993, 3, 3),
                "K-" + UUID.randomUUID().toString().substring(0, 8), TargetHousing.INDEPENDENT, null, null, null, null,
                "begeleider", null));
        String path = "/trajecten/" + id + "/toestemmingen";
        long before = rows("client_consent");
        String[][] cases = {
            {"categories", "GEHEIMEN", "recipientOrganisation", "trivire", "purpose", "AFTERCARE", "validFrom", "2026-12-01",
                "validUntil", "2027-01-01", "evidence", "VERBAL_WITH_WITNESS", "witness", "x"},
            {"categories", "SUPPORT_PLAN", "recipientOrganisation", "onbekend", "purpose", "AFTERCARE", "validFrom", "2026-12-01",
                "validUntil", "2027-01-01", "evidence", "VERBAL_WITH_WITNESS", "witness", "x"},
            {"categories", "SUPPORT_PLAN", "recipientType", "HOUSING_CORPORATION", "purpose", "AFTERCARE", "validFrom", "31-02-2026",
                "validUntil", "2027-01-01", "evidence", "VERBAL_WITH_WITNESS", "witness", "x"},
            {"categories", "SUPPORT_PLAN", "recipientType", "HOUSING_CORPORATION", "purpose", "AFTERCARE", "validFrom", "2026-12-01",
                "validUntil", "2099-01-01", "evidence", "VERBAL_WITH_WITNESS", "witness", "x\u0000"},
            {"categories", "SUPPORT_PLAN", "recipientType", "HOUSING_CORPORATION", "purpose", "AFTERCARE", "validFrom", "2026-12-01",
                "validUntil", "2027-01-01", "evidence", "SIGNED_FORM"},
        };
        for (String[] params : cases) {
            MvcResult result = post(path, params);
            assertThat(result.getResponse().getStatus()).as(String.join(" ", params)).isEqualTo(422);
            assertThat(result.getResponse().getContentAsString()).contains("error-summary");
        }
        assertThat(rows("client_consent")).isEqualTo(before);
        assertThat(post(path + "/" + UUID.randomUUID() + "/intrekken", "version", "0", "reason", "x").getResponse().getStatus())
                .isIn(409, 422);
        assertThat(post(path + "/niet-een-id/intrekken", "version", "0").getResponse().getStatus()).isEqualTo(404);
    }
}
