package nl.thuisbasis.trajectory.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.consent.Consents;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.ConsentRules;
import nl.thuisbasis.trajectory.domain.ConsentRules.DataCategory;
import nl.thuisbasis.trajectory.domain.ConsentRules.Evidence;
import nl.thuisbasis.trajectory.domain.ConsentRules.Purpose;
import nl.thuisbasis.trajectory.domain.TargetHousing;
import nl.thuisbasis.trajectory.plan.SupportPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Sharing enforced on every read: a matrix of consent state (none, active, expired, revoked, other purpose) x caller x
 * category with no leak; list totals that never count a client the caller may not see; every granted and refused read
 * in the log; vital interest per access, with its reason, reported to the provider. Generated test persons only.
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class SharingTest {

    @Autowired
    org.springframework.test.web.servlet.assertj.MockMvcTester mvc;

    @Autowired
    Sharing sharing;

    @Autowired
    VitalInterest vital;

    @Autowired
    Consents consents;

    @Autowired
    Clients clients;

    @Autowired
    SupportPlans plans;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.thuisbasis.audit.ProcessingLog processingLog;

    /** The pseudonym the log keeps a client under. */
    String subject(UUID client) {
        return processingLog.pseudonym("client", client.toString());
    }

    enum State { NONE, ACTIVE, EXPIRED, REVOKED, OTHER_PURPOSE }

    CurrentUser user(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    UUID client(String name) {
        return clients.register(user("begeleider"), new ClientRules.Draft(name, LocalDate.of(1990, 3, 3),
                "SH-" + UUID.randomUUID().toString().substring(0, 8), TargetHousing.TENANCY_WITH_CARE, null, null, null, null,
                "begeleider", null));
    }

    /** A client whose consent to Trivire (support plan, aftercare) is in the given state. */
    UUID clientIn(State state) {
        return clientIn(state, "Sanne Test" + state.name().toLowerCase());
    }

    UUID clientIn(State state, String name) {
        UUID client = client(name);
        LocalDate today = clients.today();
        CurrentUser worker = user("begeleider");
        switch (state) {
            case NONE -> { }
            case ACTIVE -> give(worker, client, Purpose.AFTERCARE, today);
            case OTHER_PURPOSE -> give(worker, client, Purpose.EVALUATION, today);
            case REVOKED -> consents.revoke(worker, client, give(worker, client, Purpose.AFTERCARE, today), 0, "Wil het niet meer");
            case EXPIRED -> jdbc.sql("""
                    insert into client_consent (id, client_id, categories, recipient_organisation, purpose, valid_from, valid_until,
                        evidence, witness, recorded_by) values (?, ?, 'SUPPORT_PLAN', 'trivire', 'AFTERCARE', ?, ?,
                        'VERBAL_WITH_WITNESS', 'Getuige Test', 'begeleider')""")
                    .params(UUID.randomUUID(), client, java.sql.Date.valueOf(today.minusYears(1)),
                            java.sql.Date.valueOf(today.minusDays(1))).update();
        }
        return client;
    }

    UUID give(CurrentUser worker, UUID client, Purpose purpose, LocalDate from) {
        return consents.record(worker, client, new ConsentRules.Draft(EnumSet.of(DataCategory.SUPPORT_PLAN), "trivire", null,
                purpose, from, from.plusMonths(3), Evidence.VERBAL_WITH_WITNESS, "Getuige Test", false), null);
    }

    long logged(String action, UUID client, String outcome) {
        return jdbc.sql("select count(*) from processing_log where action = ? and subject_ref = ? and outcome = ?")
                .params(action, subject(client), outcome).query(Long.class).single();
    }

    @Test
    void every_state_every_caller_every_category_and_nothing_leaks() {
        for (State state : State.values()) {
            UUID client = clientIn(state);
            for (String caller : List.of("corporatie", "gemeente", "regio", "beheerder", "begeleider")) {
                for (DataCategory category : DataCategory.values()) {
                    boolean expected = state == State.ACTIVE && caller.equals("corporatie") && category == DataCategory.SUPPORT_PLAN;
                    String what = state + " " + caller + " " + category;
                    if (expected) {
                        SharedView view = sharing.view(user(caller), client, Purpose.AFTERCARE, category);
                        assertThat(view.categories()).as(what).containsExactly(DataCategory.SUPPORT_PLAN);
                        assertThat(view.plan()).as(what).isNotNull();
                        assertThat(view.contact()).as(what).isNull();
                        assertThat(view.housing()).as(what).isNull();
                        assertThat(view.scores()).as(what).isNull();
                        assertThat(view.crisis()).as(what).isNull();
                    } else {
                        assertThatThrownBy(() -> sharing.view(user(caller), client, Purpose.AFTERCARE, category)).as(what)
                                .isInstanceOfAny(Refused.class, AccessDeniedException.class);
                    }
                }
                // the whole view for the purpose: only the support plan, or refused
                if (state == State.ACTIVE && caller.equals("corporatie")) {
                    assertThat(sharing.view(user(caller), client, Purpose.AFTERCARE, null).categories())
                            .containsExactly(DataCategory.SUPPORT_PLAN);
                } else {
                    assertThatThrownBy(() -> sharing.view(user(caller), client, Purpose.AFTERCARE, null))
                            .isInstanceOfAny(Refused.class, AccessDeniedException.class);
                }
            }
            boolean listed = sharing.clients(user("corporatie"), null, PageQuery.of(1, 500, 500, 500)).clients().stream()
                    .anyMatch(s -> s.clientId().equals(client) && s.purpose() == Purpose.AFTERCARE);
            assertThat(listed).as(state + " listed").isEqualTo(state == State.ACTIVE);
            if (state != State.ACTIVE) {
                assertThat(logged("trajectory.shared.plan", client, "SUCCESS")).as(state + " granted").isZero();
            }
        }
    }

    /** The pages and API operations that show a client's data, as {@code path} with {@code %s} for the client. */
    static final List<String> OWN = List.of("/trajecten/%s", "/trajecten/%s/plan", "/trajecten/%s/inzage",
            "/trajecten/%s/toestemmingen", "/api/v1/trajectories/clients/%s", "/api/v1/trajectories/clients/%s/plan",
            "/api/v1/trajectories/clients/%s/export");
    static final List<String> SHARED_PLAN = List.of("/gedeeld/%s?doel=AFTERCARE", "/gedeeld/%s?doel=AFTERCARE&categorie=SUPPORT_PLAN",
            "/api/v1/trajectories/shared-clients/%s?purpose=AFTERCARE",
            "/api/v1/trajectories/shared-clients/%s?purpose=AFTERCARE&category=SUPPORT_PLAN");
    static final List<String> SHARED_OTHER = List.of("/gedeeld/%s?doel=AFTERCARE&categorie=CONTACT",
            "/gedeeld/%s?doel=OUTFLOW_MEDIATION", "/api/v1/trajectories/shared-clients/%s?purpose=AFTERCARE&category=CRISIS_PLAN",
            "/api/v1/trajectories/shared-clients/%s?purpose=CRISIS_RESPONSE");
    static final List<String> LISTS = List.of("/gedeeld", "/gedeeld?doel=AFTERCARE",
            "/api/v1/trajectories/shared-clients?pageSize=500", "/api/v1/trajectories/shared-clients?purpose=AFTERCARE&pageSize=500");
    static final List<String> CALLERS = List.of("anonymous", "begeleider", "corporatie", "gemeente", "regio", "beheerder");

    /**
     * Every endpoint that shows a client's data x every role x every consent state over HTTP: the status is the one
     * expected, and no answer that is not allowed to show the client holds their name or their plan's goal (0 leaks).
     */
    @Test
    void over_http_every_endpoint_every_role_every_consent_state_without_a_leak() throws Exception {
        List<String> leaks = new java.util.ArrayList<>();
        for (State state : State.values()) {
            String name = "Geheim Testpersoon " + state.name().toLowerCase().replace('_', ' ');
            UUID client = clientIn(state, name);
            String goal = "Geheim doel " + UUID.randomUUID().toString().substring(0, 8);
            plans.addGoal(user("begeleider"), client, new nl.thuisbasis.trajectory.domain.SupportPlanRules.GoalDraft("FINANCES",
                    goal, 4));
            for (String caller : CALLERS) {
                boolean partner = caller.equals("corporatie") || caller.equals("gemeente") || caller.equals("begeleider");
                boolean given = state == State.ACTIVE && caller.equals("corporatie");
                for (String path : OWN) {
                    check(leaks, caller, path.formatted(client), caller.equals("begeleider") ? 200 : unauthenticated(caller,
                            path, 404), caller.equals("begeleider"), name, goal, state);
                }
                for (String path : SHARED_PLAN) {
                    check(leaks, caller, path.formatted(client), given ? 200 : unauthenticated(caller, path, 403), given, name,
                            goal, state);
                }
                for (String path : SHARED_OTHER) {
                    check(leaks, caller, path.formatted(client), unauthenticated(caller, path, 403), false, name, goal, state);
                }
                for (String path : LISTS) {
                    // the list shows who shares (the name), never the plan
                    check(leaks, caller, path, unauthenticated(caller, path, partner ? 200 : 403),
                            given || (state == State.OTHER_PURPOSE && caller.equals("corporatie") && !path.contains("AFTERCARE")),
                            name, null, state);
                }
            }
        }
        assertThat(leaks).as("answers that differ from the expected status or show what they may not").isEmpty();
    }

    /** The status of an endpoint for someone not logged in (login page or 401), else {@code otherwise}. */
    static int unauthenticated(String caller, String path, int otherwise) {
        return caller.equals("anonymous") ? (path.startsWith("/api/") ? 401 : 302) : otherwise;
    }

    void check(List<String> leaks, String caller, String uri, int status, boolean shows, String name, String goal, State state)
            throws Exception {
        var request = mvc.get().uri(uri);
        org.springframework.test.web.servlet.assertj.MvcTestResult result = caller.equals("anonymous") ? request.exchange()
                : request.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(user(caller))).exchange();
        String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String what = state + " " + caller + " " + uri;
        if (result.getResponse().getStatus() != status) {
            leaks.add(what + ": status " + result.getResponse().getStatus() + ", expected " + status);
        }
        if (!shows && (body.contains(name) || goal != null && body.contains(goal))) {
            leaks.add(what + ": shows the client");
        }
        if (shows && status == 200 && !body.contains(name) && (goal == null || !body.contains(goal))) {
            leaks.add(what + ": does not show the client it may");
        }
    }

    @Test
    void a_partner_reads_exactly_what_is_given_until_it_is_revoked_and_the_log_says_so() {
        CurrentUser worker = user("begeleider");
        CurrentUser corporation = user("corporatie");
        UUID client = client("Noor Testpersoon");
        UUID consent = give(worker, client, Purpose.AFTERCARE, clients.today());
        assertThatThrownBy(() -> sharing.view(corporation, client, Purpose.AFTERCARE, DataCategory.CONTACT))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.kind()).isEqualTo(Refused.Kind.FORBIDDEN);
                    assertThat(r.code()).isEqualTo(Sharing.REFUSED);
                });
        assertThat(sharing.view(corporation, client, Purpose.AFTERCARE, null).until())
                .containsEntry(DataCategory.SUPPORT_PLAN, clients.today().plusMonths(3));
        consents.revoke(worker, client, consent, 0, "De cliënt trekt in");
        assertThatThrownBy(() -> sharing.view(corporation, client, Purpose.AFTERCARE, null))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo(Sharing.REFUSED));
        assertThat(logged("trajectory.shared.plan", client, "SUCCESS")).isEqualTo(1);
        // the log names the organisation that read (the logged-in user's, as in a request)
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(corporation, null,
                        corporation.getAuthorities()));
        UUID again = client("Nina Testpersoon");
        give(worker, again, Purpose.AFTERCARE, clients.today());
        try {
            sharing.view(corporation, again, Purpose.AFTERCARE, null);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        assertThat(logged("trajectory.shared.contact", client, "DENIED")).isEqualTo(1);
        assertThat(logged("trajectory.shared.read", client, "DENIED")).isEqualTo(1);
        assertThat(jdbc.sql("select actor_organisation from processing_log where action = 'trajectory.shared.plan' and subject_ref = ?")
                .param(subject(again)).query(String.class).single()).isEqualTo("trivire");
    }

    @Test
    void list_totals_do_not_change_when_an_invisible_client_is_added() {
        long corporation = sharing.clients(user("corporatie"), Purpose.AFTERCARE, PageQuery.of(1, 10, 10, 10)).total();
        long municipality = sharing.clients(user("gemeente"), Purpose.AFTERCARE, PageQuery.of(1, 10, 10, 10)).total();
        clientIn(State.NONE);
        clientIn(State.EXPIRED);
        clientIn(State.REVOKED);
        clientIn(State.OTHER_PURPOSE); // for evaluation: counted there, not for aftercare
        // shared with the municipality only: invisible to the corporation
        UUID other = client("Mila Testpersoon");
        consents.record(user("begeleider"), other, new ConsentRules.Draft(EnumSet.of(DataCategory.CONTACT), null,
                nl.thuisbasis.identity.OrganisationType.MUNICIPALITY, Purpose.EVALUATION, clients.today(),
                clients.today().plusMonths(1), Evidence.VERBAL_WITH_WITNESS, "Getuige Test", false), null);
        assertThat(sharing.clients(user("corporatie"), Purpose.AFTERCARE, PageQuery.of(1, 10, 10, 10)).total()).isEqualTo(corporation);
        assertThat(sharing.clients(user("gemeente"), Purpose.AFTERCARE, PageQuery.of(1, 10, 10, 10)).total())
                .isEqualTo(municipality);
        assertThat(sharing.clients(user("gemeente"), Purpose.EVALUATION, PageQuery.of(1, 500, 500, 500)).clients())
                .anyMatch(s -> s.clientId().equals(other));
        assertThatThrownBy(() -> sharing.clients(user("regio"), null, PageQuery.of(1, 10, 10, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void vital_interest_per_access_with_a_reason_reported_to_the_provider() {
        UUID client = client("Lotte Testpersoon");
        String number = jdbc.sql("select client_number from trajectory_client where id = ?").param(client).query(String.class).single();
        CurrentUser municipality = user("gemeente");
        assertThatThrownBy(() -> vital.open(municipality, new VitalInterest.Draft("leger-des-heils", number,
                LocalDate.of(1990, 3, 3), DataCategory.SUPPORT_PLAN, "kort")))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.problems()).extracting(p -> p.field())
                        .containsExactly("category", "reason"));
        assertThatThrownBy(() -> vital.open(municipality, new VitalInterest.Draft("leger-des-heils", number,
                LocalDate.of(1991, 3, 3), DataCategory.CRISIS_PLAN, "De cliënt is onvindbaar en heeft gedreigd zichzelf iets aan te doen")))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.problems()).extracting(p -> p.field())
                        .containsExactly("clientNumber"));
        long waiting = vital.counts(user("begeleider")).waiting();
        UUID access = vital.open(municipality, new VitalInterest.Draft("leger-des-heils", number, LocalDate.of(1990, 3, 3),
                DataCategory.CRISIS_PLAN, "De cliënt is onvindbaar en heeft gedreigd zichzelf iets aan te doen"));
        SharedView view = sharing.vitalView(municipality, access);
        assertThat(view.vitalInterest()).isTrue();
        assertThat(view.categories()).containsExactly(DataCategory.CRISIS_PLAN);
        assertThat(view.plan()).isNull();
        assertThatThrownBy(() -> sharing.vitalView(user("corporatie"), access)).isInstanceOf(Refused.class);
        assertThat(vital.counts(user("begeleider")).waiting()).isEqualTo(waiting + 1);
        VitalInterest.Report report = vital.reports(user("begeleider"), PageQuery.of(1, 500, 500, 500)).stream()
                .filter(r -> r.id().equals(access)).findFirst().orElseThrow();
        assertThatThrownBy(() -> vital.review(user("begeleider"), access, report.version(), " ")).isInstanceOf(Refused.class);
        vital.review(user("begeleider"), access, report.version(), "Terecht: crisisdienst was ingeschakeld");
        assertThatThrownBy(() -> vital.review(user("begeleider"), access, report.version(), "nogmaals"))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.kind()).isEqualTo(Refused.Kind.CONFLICT));
        assertThatThrownBy(() -> vital.reports(user("corporatie"), PageQuery.of(1, 10, 10, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select legal_basis from processing_log where action = 'trajectory.vital.crisis' and subject_ref = ?")
                .param(subject(client)).query(String.class).single()).contains("vitaal belang");
    }
}
