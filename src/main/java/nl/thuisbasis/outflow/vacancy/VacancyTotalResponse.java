package nl.thuisbasis.outflow.vacancy;

import java.time.Instant;

/** A quarter's total of vacancies a corporation reported. */
record VacancyTotalResponse(String corporationCode, int year, int quarter, int total, String reportedBy, Instant reportedAt) {

    static VacancyTotalResponse from(Vacancies.Total t) {
        return new VacancyTotalResponse(t.corporationCode(), t.year(), t.quarter(), t.total(), t.reportedBy(), t.reportedAt());
    }
}
