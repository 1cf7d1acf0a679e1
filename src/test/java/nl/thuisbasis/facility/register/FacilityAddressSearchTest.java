package nl.thuisbasis.facility.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import testsupport.PdokStubbed;

/** The form's address search goes through the configured PDOK Locatieserver; here {@link testsupport.PdokStub}. */
@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Searching an address for the facility form")
class FacilityAddressSearchTest extends PdokStubbed {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void an_address_found_by_pdok_comes_back_with_its_point_and_municipality() {
        var result = mvc.get().uri("/voorzieningen/adres-zoeken?q=Kasperspad 2 Dordrecht")
                .with(user(accounts.loadUserByUsername("gemeente"))).exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.results[0].postcode").isEqualTo("3311XV");
        assertThat(result).bodyJson().extractingPath("$.results[0].municipalityCode").isEqualTo("GM0505");
        assertThat(result).bodyJson().extractingPath("$.results[0].lon").isEqualTo(4.67251);
    }

    @Test
    void when_pdok_fails_the_form_says_so_in_dutch_and_points_to_the_map() {
        var result = mvc.get().uri("/voorzieningen/adres-zoeken?q=storing")
                .with(user(accounts.loadUserByUsername("gemeente"))).exchange();
        assertThat(result).hasStatus(503);
        assertThat(result).bodyJson().extractingPath("$.error").asString().contains("kies het punt op de kaart");
    }

    @Test
    void only_those_who_may_register_can_search() {
        assertThat(mvc.get().uri("/voorzieningen/adres-zoeken?q=Kasperspad")
                .with(user(accounts.loadUserByUsername("corporatie"))).exchange()).hasStatus(403);
    }
}
