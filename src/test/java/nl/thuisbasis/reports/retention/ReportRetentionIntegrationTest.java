package nl.thuisbasis.reports.retention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Reporters' e-mail addresses are kept no longer than the retention period")
class ReportRetentionIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private MvcResult submit(String from, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                })).andReturn();
    }

    @Autowired
    ReporterDataRetention retention;

    @Test
    void reporters_e_mail_addresses_are_removed_after_the_retention_period_and_the_report_stays() throws Exception {
        MvcResult old = submit("127.0.0.31", "{\"category\": \"OTHER\", \"description\": \"Vraag\", \"email\": \"buur@example.nl\", \"emailConsent\": true}");
        MvcResult recent = submit("127.0.0.32", "{\"category\": \"OTHER\", \"description\": \"Vraag\", \"email\": \"buur2@example.nl\", \"emailConsent\": true}");
        String oldCode = json.readTree(old.getResponse().getContentAsByteArray()).path("trackingCode").asString();
        String recentCode = json.readTree(recent.getResponse().getContentAsByteArray()).path("trackingCode").asString();
        jdbc.sql("update report set received_at = now() - interval '13 months' where tracking_code = ?").param(oldCode).update();

        assertThat(retention.removeExpiredEmailAddresses()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("select email from report where tracking_code = ?").param(oldCode).query(String.class).optional()).isEmpty();
        assertThat(jdbc.sql("select count(*) from report where tracking_code = ?").param(oldCode).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select email from report where tracking_code = ?").param(recentCode).query(String.class).single())
                .isEqualTo("buur2@example.nl");
        assertThat(jdbc.sql("select count(*) from processing_log where action = 'reports.retention'").query(Long.class).single()).isPositive();
    }
}
