package nl.thuisbasis.oversight.liveability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import nl.thuisbasis.facility.FacilityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of liveability measurements. */
@Repository
class MeasurementRepository {

    private final JdbcClient jdbc;

    MeasurementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(FacilityId facility, String kind, String method, BigDecimal score, LocalDate measuredOn, String notes,
            String actor) {
        jdbc.sql("""
                insert into liveability_measurement (id, facility_id, kind, method, score, measured_on, notes, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), facility.value(), kind, method, score, measuredOn, notes, actor).update();
    }
}
