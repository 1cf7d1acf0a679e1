package nl.thuisbasis.trajectory.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The instrument page: a coordinator loads a version for their region; a malformed file lists its problems, stores nothing. */
@SpringBootTest(properties = "thuisbasis.embedded-db.database=trajectory_instrument_page")
@AutoConfigureMockMvc
class InstrumentPageTest {

    static final String REGION = "drechtsteden-alblasserwaard";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    MvcResult upload(String as, String region, String code, String csv) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/leefgebieden/instrument")
                .file(new MockMultipartFile("file", "instrument.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("region", region).param("code", code).param("onceToken", UUID.randomUUID().toString())
                .with(user((CurrentUser) users.loadUserByUsername(as))).with(csrf())).andReturn();
    }

    long versions() {
        return jdbc.sql("select count(*) from life_domain_instrument").query(Long.class).single();
    }

    static String valid() {
        StringBuilder csv = new StringBuilder("domain;domain_nl;domain_en;level;description_nl;description_en\n");
        for (String d : new String[] {"HOUSING", "FINANCES"}) {
            for (int l = 1; l <= 5; l++) {
                csv.append("%s;%s;%s;%d;Tekst %d;Text %d\n".formatted(d, d, d, l, l, l));
            }
        }
        return csv.toString();
    }

    @Test
    void a_coordinator_loads_a_version_for_the_region_and_sees_it_in_use() throws Exception {
        MvcResult result = upload("regio", REGION, "regio-test", valid());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/leefgebieden/instrument?regio=" + REGION + "&ingelezen=");
        String page = mvc.perform(MockMvcRequestBuilders.get(result.getResponse().getRedirectedUrl())
                .with(user((CurrentUser) users.loadUserByUsername("regio")))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("regio-test").contains("Voor nieuwe metingen").contains("meegeleverd met Thuisbasis");
    }

    @Test
    void a_malformed_file_stores_nothing_and_lists_every_problem_with_its_row() throws Exception {
        long before = versions();
        MvcResult result = upload("regio", REGION, "regio-fout", valid().replace("HOUSING;HOUSING;HOUSING;3;Tekst 3", "HOUSING;HOUSING;HOUSING;9;Tekst 3"));
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"instrument-failed\"").contains("Het niveau is een heel getal van 1 tot en met 5.");
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void a_coordinator_loads_only_for_their_own_region_and_a_provider_not_at_all() throws Exception {
        long before = versions();
        assertThat(upload("regio", "andere-regio", "x-y", valid()).getResponse().getStatus()).isEqualTo(422);
        assertThat(upload("begeleider", REGION, "x-y", valid()).getResponse().getStatus()).isEqualTo(403);
        assertThat(versions()).isEqualTo(before);
    }
}
