package nl.thuisbasis.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.thuisbasis.siting.ScanPlace;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Reports as an indicator of the capacity scan")
class ReportScanIndicatorIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportScanSource scanSource;

    @Test
    void reports_around_a_place_are_an_indicator_of_the_capacity_scan_counted_up_to_yesterday() {
        double lon = 4.3;
        double lat = 51.95;
        for (int i = 0; i < 3; i++) {
            jdbc.sql("""
                    insert into report (id, tracking_code, lon, lat, category, description, received_at)
                    values (gen_random_uuid(), ?, ?, ?, 'NOISE', 'scan-test', now() - interval '2 days')""")
                    .params("SCANT00" + i, lon + i * 0.0005, lat).update();
        }
        jdbc.sql("""
                insert into report (id, tracking_code, lon, lat, category, description, received_at)
                values (gen_random_uuid(), 'SCANT009', ?, ?, 'COMPLIMENT', 'scan-test', now() - interval '2 days')""")
                .params(lon, lat).update();
        List<Map<String, Double>> values = scanSource.values(List.of(new ScanPlace("X", lon, lat, 10), new ScanPlace("Y", 4.0, 52.2, 10)));
        assertThat(values.get(0).get(ReportScanSource.KEY)).as("three nuisance reports within 500 m, the compliment not").isEqualTo(3.0);
        assertThat(values.get(1).get(ReportScanSource.KEY)).isZero();
        assertThat(scanSource.indicators()).singleElement().extracting(i -> i.key()).isEqualTo(ReportScanSource.KEY);
    }
}
