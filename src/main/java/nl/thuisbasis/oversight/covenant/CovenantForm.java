package nl.thuisbasis.oversight.covenant;

import java.time.LocalDate;

/** The covenant form on the location's page. */
record CovenantForm(Integer version, Boolean covenantPresent, LocalDate signedOn, LocalDate lastReview,
        Boolean hasReportRegister, Boolean hasReportCard) {

    Covenants.Covenant covenant() {
        return new Covenants.Covenant(version, Boolean.TRUE.equals(covenantPresent), signedOn, lastReview,
                Boolean.TRUE.equals(hasReportRegister), Boolean.TRUE.equals(hasReportCard));
    }
}
