package nl.thuisbasis.oversight.covenant;

import java.time.LocalDate;
import nl.thuisbasis.facility.FacilityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of a location's covenant (its facts on the profile). */
@Repository
class CovenantRepository {

    private final JdbcClient jdbc;

    CovenantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Updates the covenant when the profile still has the version read; the number of rows changed. */
    int update(FacilityId facility, int version, boolean present, LocalDate signedOn, LocalDate lastReview, boolean hasRegister,
            boolean hasReportCard, String actor) {
        return jdbc.sql("""
                update oversight_profile set covenant_present = ?, covenant_signed_on = ?, covenant_last_review = ?,
                    covenant_has_register = ?, covenant_has_report_card = ?, version = version + 1, updated_by = ?, updated_at = now()
                where facility_id = ? and version = ?""")
                .params(present, signedOn, lastReview, hasRegister, hasReportCard, actor, facility.value(), version).update();
    }
}
