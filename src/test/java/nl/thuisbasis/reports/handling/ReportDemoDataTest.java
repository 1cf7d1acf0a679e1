package nl.thuisbasis.reports.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import nl.thuisbasis.reports.domain.TrackingCode;
import org.junit.jupiter.api.Test;

class ReportDemoDataTest {

    @Test
    void every_demo_tracking_code_can_be_followed() {
        IntStream.range(0, 1024).mapToObj(ReportDemoData::demoCode)
                .forEach(code -> assertThat(TrackingCode.normalise(code)).as(code).contains(code));
        assertThat(IntStream.range(0, 1024).mapToObj(ReportDemoData::demoCode).distinct().count()).isEqualTo(1024);
    }
}
