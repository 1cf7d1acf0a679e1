package nl.thuisbasis.web.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class ErrorPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService users;

    private static String html(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void an_unknown_area_is_a_404_page_in_the_readers_language() throws Exception {
        MvcTestResult dutch = mvc.get().uri("/gebieden/BU99999999").exchange();
        MvcTestResult english = mvc.get().uri("/gebieden/BU99999999?lang=en").exchange();

        assertThat(dutch).hasStatus(404);
        assertThat(html(dutch)).contains("Deze pagina bestaat niet").doesNotContain("data-testid=\"error-reasons\"");
        assertThat(english).hasStatus(404);
        assertThat(html(english)).contains("This page does not exist").doesNotContain("Deze pagina");
    }

    @Test
    void a_request_a_page_refuses_shows_the_reasons_in_the_readers_language() throws Exception {
        var admin = user(users.loadUserByUsername("beheerder"));

        MvcTestResult dutch = mvc.get().uri("/beheer/logboek?pageSize=0").with(admin).exchange();
        MvcTestResult english = mvc.get().uri("/beheer/logboek?pageSize=0&lang=en").with(admin).exchange();

        assertThat(dutch).hasStatus(400);
        assertThat(html(dutch)).contains("Dit verzoek klopt niet").contains("data-testid=\"error-reasons\"")
                .contains("Parameter &#39;pageSize&#39; moet tussen 1 en 500 liggen.");
        assertThat(english).hasStatus(400);
        assertThat(html(english)).contains("This request is not right").contains("data-testid=\"error-reasons\"")
                .contains("Parameter &#39;pageSize&#39; must be between 1 and 500.").doesNotContain("Dit verzoek", "moet tussen");
    }

    @Test
    void an_api_path_nothing_serves_is_problem_json_not_a_page() throws Exception {
        MvcTestResult result = mvc.get().uri("/api/v1/bestaat-niet").with(user(users.loadUserByUsername("beheerder")))
                .exchange();

        assertThat(result).hasStatus(404).hasContentType("application/problem+json");
    }
}
