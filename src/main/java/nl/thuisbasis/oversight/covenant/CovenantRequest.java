package nl.thuisbasis.oversight.covenant;

import java.time.LocalDate;

/** The covenant as it is now, with the version that was read. */
record CovenantRequest(Integer version, Boolean present, LocalDate signedOn, LocalDate lastReview, Boolean hasReportRegister,
        Boolean hasReportCard) {

    Covenants.Covenant covenant() {
        return new Covenants.Covenant(version, Boolean.TRUE.equals(present), signedOn, lastReview,
                Boolean.TRUE.equals(hasReportRegister), Boolean.TRUE.equals(hasReportCard));
    }
}
