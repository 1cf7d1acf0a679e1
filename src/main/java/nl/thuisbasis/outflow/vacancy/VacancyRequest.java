package nl.thuisbasis.outflow.vacancy;

import nl.thuisbasis.outflow.common.Euros;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;

/** A vacancy as the API receives it; rent in euros per month (e.g. 712.50); {@code version} when correcting it. */
record VacancyRequest(String address, String postcode, String neighbourhood, Integer bedrooms, BigDecimal rent, Integer floor,
        Boolean lift, Boolean wheelchair, LocalDate availableFrom, Integer version) {

    Vacancies.Draft draft() {
        Integer cents = null;
        if (rent != null) {
            try {
                cents = Euros.of(rent).cents();
            } catch (IllegalArgumentException e) {
                throw Refused.invalid(Vacancies.REFUSED, Problem.at("rent", "out.problem.vacancy.rent.amount"));
            }
        }
        return new Vacancies.Draft(address, postcode, neighbourhood, bedrooms, cents, floor, Boolean.TRUE.equals(lift),
                Boolean.TRUE.equals(wheelchair), availableFrom);
    }
}
