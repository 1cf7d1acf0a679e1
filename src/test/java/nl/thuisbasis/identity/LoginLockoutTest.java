package nl.thuisbasis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.UUID;
import nl.thuisbasis.identity.account.UserAccountRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class LoginLockoutTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private String username;

    @BeforeEach
    void createUser() {
        username = "slot-" + UUID.randomUUID().toString().substring(0, 8);
        Organisation dordrecht = accounts.findOrganisation("GM0505").orElseThrow();
        accounts.insertUser(UUID.randomUUID(), username, "Test Slot", null, encoder.encode("goed-wachtwoord"),
                Role.MUNICIPALITY, dordrecht.id(), null);
    }

    private String login(String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        return result.getResponse().getRedirectedUrl();
    }

    @Test
    void a_correct_password_logs_in_and_is_logged() throws Exception {
        assertThat(login("goed-wachtwoord")).isEqualTo("/start");
        assertThat(jdbc.sql("select count(*) from processing_log where action = 'LOGIN' and actor = ? and outcome = 'SUCCESS'")
                .param(username).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_password() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login("fout-" + attempt)).isEqualTo("/login?fout");
        }

        assertThat(login("goed-wachtwoord")).isEqualTo("/login?geblokkeerd");
        assertThat(jdbc.sql("select count(*) from processing_log where action = 'LOGIN' and actor = ? and outcome = 'FAILURE'")
                .param(username).query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void a_successful_login_resets_the_count_of_failures() throws Exception {
        for (int attempt = 1; attempt <= 4; attempt++) {
            login("fout-" + attempt);
        }
        assertThat(login("goed-wachtwoord")).isEqualTo("/start");
        for (int attempt = 1; attempt <= 4; attempt++) {
            login("fout-" + attempt);
        }

        assertThat(login("goed-wachtwoord")).isEqualTo("/start");
    }

    @Test
    void the_lock_expires() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            login("fout-" + attempt);
        }
        jdbc.sql("update app_user set locked_until = now() - interval '1 minute' where username = ?").param(username).update();

        assertThat(login("goed-wachtwoord")).isEqualTo("/start");
    }
}
