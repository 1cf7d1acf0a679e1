package nl.thuisbasis.trajectory.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.Refused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@SpringBootTest
class InstrumentsTest {

    static final String REGION = "drechtsteden-alblasserwaard";

    @Autowired
    Instruments instruments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private long rows() {
        return jdbc.sql("select (select count(*) from life_domain_instrument) + (select count(*) from life_domain_level)")
                .query(Long.class).single();
    }

    @Test
    void the_shipped_instrument_is_there_after_start_and_is_what_a_region_assesses_with() {
        Instruments.Stored current = instruments.current("nergens").orElseThrow();
        assertThat(current.instrument().code()).isEqualTo("thuisbasis-leefgebieden");
        assertThat(current.instrument().domains()).hasSize(14);
        assertThat(current.instrument().domain("NEIGHBOURHOOD").orElseThrow().nameNl()).isEqualTo("Landen in de wijk");
    }

    @Test
    void a_region_loads_a_version_of_its_own_and_a_malformed_file_changes_nothing() {
        // an administrator loads for any region (a coordinator only for their own: InstrumentPageTest)
        CurrentUser coordinator = (CurrentUser) users.loadUserByUsername("beheerder");
        long before = rows();
        byte[] broken = "domain,domain_nl,domain_en,level,description_nl,description_en\nHOUSING,Wonen,Housing,9,a,b\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> instruments.load(coordinator, "test-regio", "regio-zrm", broken))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.problems()).isNotEmpty());
        assertThat(rows()).isEqualTo(before);

        StringBuilder csv = new StringBuilder("domain;domain_nl;domain_en;level;description_nl;description_en\n");
        for (String domain : new String[] {"HOUSING", "FINANCES", "JUSTICE"}) {
            for (int level = 1; level <= 5; level++) {
                csv.append("%s;%s;%s;%d;Tekst %d;Text %d\n".formatted(domain, domain.toLowerCase(), domain.toLowerCase(), level,
                        level, level));
            }
        }
        instruments.load(coordinator, "test-regio", "regio-zrm", csv.toString().getBytes(StandardCharsets.UTF_8));
        Instruments.Stored current = instruments.current("test-regio").orElseThrow();
        assertThat(current.instrument().code()).isEqualTo("regio-zrm");
        assertThat(current.instrument().domainCodes()).containsExactly("HOUSING", "FINANCES", "JUSTICE");
        // another region still assesses with the shipped one
        assertThat(instruments.current("andere-regio").orElseThrow().instrument().code()).isEqualTo("thuisbasis-leefgebieden");
    }

    @Test
    void only_coordinators_and_administrators_load_an_instrument() {
        CurrentUser provider = (CurrentUser) users.loadUserByUsername("begeleider");
        assertThatThrownBy(() -> instruments.load(provider, REGION, "x-y", new byte[0])).isInstanceOf(AccessDeniedException.class);
    }
}
