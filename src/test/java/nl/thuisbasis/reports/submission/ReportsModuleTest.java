package nl.thuisbasis.reports.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.thuisbasis.reports.ReportReceived;
import nl.thuisbasis.platform.WorkingDays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@DisplayName("The reports module")
class ReportsModuleTest {

    @Autowired
    Submissions submissions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_report_from_a_point_in_dordrecht_is_announced_routed_to_a_queue_with_its_deadlines_and_no_reporter_data(
            Scenario scenario) {
        Submission report = new Submission(null, 4.6725, 51.8115, "Bij de bushalte", "LITTER",
                "Zakken afval naast de container", "buur@example.nl", true);

        scenario.stimulate(() -> submissions.submit(report))
                .andWaitForEventOfType(ReportReceived.class)
                .matching(received -> "LITTER".equals(received.category()))
                .toArriveAndVerify((received, code) -> {
                    assertThat(received.municipalityCode()).isEqualTo("GM0505");
                    assertThat(received.queue()).isNotBlank();
                    assertThat(received.facility()).isNull();
                    LocalDate receivedOn = LocalDate.now(WorkingDays.ZONE);
                    assertThat(received.acknowledgeBy()).isAfterOrEqualTo(receivedOn);
                    assertThat(received.resolveBy()).isAfterOrEqualTo(received.acknowledgeBy());
                    assertThat(jdbc.sql("select id from report where tracking_code = ?").param(code).query(java.util.UUID.class)
                            .single()).isEqualTo(received.report());
                    // the event carries no reporter data: no e-mail address, no description
                    assertThat(received.toString()).doesNotContain("buur@example.nl", "Zakken afval");
                });
    }
}
