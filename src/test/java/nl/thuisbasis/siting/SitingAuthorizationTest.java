package nl.thuisbasis.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Every capacity-scan and initiative endpoint and page, for every role and the public. */
@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Capacity scan authorisation")
class SitingAuthorizationTest {

    static final List<String> USERS = List.of("anonymous", "begeleider", "corporatie", "gemeente", "regio", "beheerder");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    static Stream<Arguments> matrix() {
        // path, method, anonymous, PROVIDER, CORPORATION, MUNICIPALITY, REGION_COORDINATOR, ADMIN
        return Stream.of(
                Arguments.of("/draagkracht", "GET", 302, 403, 403, 200, 200, 200),
                Arguments.of("/draagkracht/scan?lon=4.6725&lat=51.8115&type=HOUSING_FIRST&capacity=1", "GET", 302, 403, 403, 200, 200, 200),
                Arguments.of("/draagkracht/heatmap", "GET", 302, 403, 403, 200, 200, 200),
                Arguments.of("/draagkracht/model", "GET", 302, 403, 403, 200, 200, 200),
                Arguments.of("/draagkracht/model", "POST", 302, 403, 403, 403, 422, 422),
                Arguments.of("/draagkracht/scans/00000000-0000-0000-0000-000000000000", "GET", 302, 403, 403, 404, 404, 404),
                Arguments.of("/initiatieven", "GET", 302, 403, 403, 200, 200, 200),
                Arguments.of("/initiatieven/nieuw", "GET", 302, 403, 403, 200, 200, 200),
                Arguments.of("/api/v1/siting/scans", "GET", 401, 403, 403, 200, 200, 200),
                Arguments.of("/api/v1/siting/heatmap?region=drechtsteden-alblasserwaard&facilityType=HOUSING_FIRST&capacity=1", "GET", 401, 403, 403, 200, 200, 200),
                Arguments.of("/api/v1/siting/models/drechtsteden-alblasserwaard", "GET", 401, 403, 403, 200, 200, 200),
                Arguments.of("/api/v1/siting/notes?area=BU05050205", "GET", 401, 403, 403, 200, 200, 200),
                Arguments.of("/api/v1/siting/initiatives", "GET", 401, 403, 403, 200, 200, 200));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("matrix")
    void each_role_reaches_exactly_what_it_may(String path, String method, int anonymous, int provider, int corporation,
            int municipality, int coordinator, int admin) throws Exception {
        int[] expected = {anonymous, provider, corporation, municipality, coordinator, admin};
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < USERS.size(); i++) {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path).with(csrf());
            if (method.equals("POST")) {
                // a model form that breaks a rule (red before orange): coordinators get the form back with problems (422), others
                // are refused
                request = request.param("orangeFrom", "50").param("redFrom", "40");
            }
            if (!USERS.get(i).equals("anonymous")) {
                request = request.with(user(accounts.loadUserByUsername(USERS.get(i))));
            }
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            if (status != expected[i]) {
                failures.add(method + " " + path + " as " + USERS.get(i) + ": " + status + " instead of " + expected[i]);
            }
        }
        assertThat(failures).isEmpty();
    }
}
