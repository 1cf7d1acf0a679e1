package nl.thuisbasis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Who may reach which endpoint: every role (and the public) against every endpoint of this release. */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTest {

    private static final String ANONYMOUS = "anonymous";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    static Stream<Arguments> matrix() {
        // endpoint, method, anonymous, PROVIDER, CORPORATION, MUNICIPALITY, REGION_COORDINATOR, ADMIN
        return Stream.of(
                Arguments.of("/", "GET", 200, 200, 200, 200, 200, 200),
                Arguments.of("/gebieden/GM0505", "GET", 200, 200, 200, 200, 200, 200),
                Arguments.of("/login", "GET", 200, 200, 200, 200, 200, 200),
                Arguments.of("/beheer/cbs-import", "GET", 302, 403, 403, 403, 403, 200),
                Arguments.of("/beheer/logboek", "GET", 302, 403, 403, 403, 403, 200),
                Arguments.of("/api/v1/municipalities", "GET", 200, 200, 200, 200, 200, 200),
                Arguments.of("/api/v1/neighbourhoods/BU05050101", "GET", 200, 200, 200, 200, 200, 200),
                Arguments.of("/api/v1/cbs-imports/00000000-0000-0000-0000-000000000000", "GET", 401, 403, 403, 403, 403, 404),
                Arguments.of("/actuator/health", "GET", 200, 200, 200, 200, 200, 200),
                // oversight: municipalities, coordinators, admins (providers reach their own locations only)
                Arguments.of("/toezicht", "GET", 302, 403, 403, 200, 200, 200),
                Arguments.of("/toezicht/inventarisaties", "GET", 302, 403, 403, 200, 200, 200),
                Arguments.of("/api/v1/oversight/locations", "GET", 401, 403, 403, 200, 200, 200),
                Arguments.of("/api/v1/oversight/overdue-actions", "GET", 401, 403, 403, 200, 200, 200),
                Arguments.of("/api/v1/oversight/inventories", "GET", 401, 403, 403, 200, 200, 200),
                // reports: public form and totals; the queue for providers, municipalities and the region
                Arguments.of("/melden", "GET", 200, 200, 200, 200, 200, 200),
                Arguments.of("/melden/cijfers", "GET", 200, 200, 200, 200, 200, 200),
                Arguments.of("/api/v1/reports/totals?municipality=GM0505", "GET", 200, 200, 200, 200, 200, 200),
                Arguments.of("/meldingen", "GET", 302, 200, 403, 200, 200, 200),
                Arguments.of("/meldingen/instellingen", "GET", 302, 200, 403, 200, 200, 200),
                Arguments.of("/api/v1/reports/queue", "GET", 401, 200, 403, 200, 200, 200),
                Arguments.of("/api/v1/reports/routing-rules", "GET", 401, 403, 403, 200, 200, 200),
                Arguments.of("/api/v1/reports/reply-templates", "GET", 401, 200, 403, 200, 200, 200),
                // outflow: candidates for their provider, deciding municipality and (minimally) linked corporation; the
                // region and the operator see aggregates; vacancies for corporations, municipalities and the region
                Arguments.of("/uitstroom", "GET", 302, 200, 200, 200, 200, 200),
                Arguments.of("/uitstroom/kandidaten", "GET", 302, 200, 200, 200, 403, 403),
                Arguments.of("/uitstroom/kandidaten/nieuw", "GET", 302, 200, 403, 403, 403, 403),
                Arguments.of("/uitstroom/woningen", "GET", 302, 403, 200, 200, 200, 200),
                Arguments.of("/uitstroom/woningen/nieuw", "GET", 302, 403, 200, 403, 403, 403),
                Arguments.of("/uitstroom/matching", "GET", 302, 200, 200, 200, 200, 200),
                Arguments.of("/uitstroom/aanbiedingen", "GET", 302, 200, 200, 200, 403, 403),
                Arguments.of("/uitstroom/huurzorg", "GET", 302, 200, 200, 200, 403, 403),
                Arguments.of("/uitstroom/contingenten", "GET", 302, 200, 200, 200, 200, 200),
                Arguments.of("/uitstroom/monitor", "GET", 302, 200, 200, 200, 200, 200),
                Arguments.of("/uitstroom/monitor/export.xlsx", "GET", 302, 200, 200, 200, 200, 200),
                Arguments.of("/uitstroom/instellingen", "GET", 302, 200, 200, 200, 200, 200),
                Arguments.of("/api/v1/outflow/candidates", "GET", 401, 200, 200, 200, 403, 403),
                Arguments.of("/api/v1/outflow/vacancies", "GET", 401, 403, 200, 200, 200, 200),
                Arguments.of("/api/v1/outflow/offers", "GET", 401, 200, 200, 200, 403, 403),
                Arguments.of("/api/v1/outflow/tenancies", "GET", 401, 200, 200, 200, 403, 403),
                Arguments.of("/api/v1/outflow/monitor", "GET", 401, 200, 200, 200, 200, 200),
                Arguments.of("/api/v1/outflow/rules/drechtsteden-alblasserwaard", "GET", 401, 200, 200, 200, 200, 200));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("matrix")
    void each_role_reaches_exactly_what_it_may(String path, String method, int anonymous, int provider,
            int corporation, int municipality, int coordinator, int admin) throws Exception {
        String[] users = {ANONYMOUS, "begeleider", "corporatie", "gemeente", "regio", "beheerder"};
        int[] expected = {anonymous, provider, corporation, municipality, coordinator, admin};
        for (int i = 0; i < users.length; i++) {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path)
                    .with(csrf());
            if (!users[i].equals(ANONYMOUS)) {
                request = request.with(user(accounts.loadUserByUsername(users[i])));
            }
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            assertThat(status).as("%s %s as %s", method, path, users[i]).isEqualTo(expected[i]);
        }
    }
}
