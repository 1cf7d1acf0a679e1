package nl.thuisbasis.outflow.vacancy;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import nl.thuisbasis.outflow.common.Euros;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;

/** A vacancy as the API receives it; rent in euros per month (e.g. 712.50); {@code version} when correcting it. */
record VacancyRequest(
        @Schema(requiredMode = REQUIRED) String address,
        @Schema(requiredMode = REQUIRED) String postcode,
        @Schema(requiredMode = REQUIRED) String neighbourhood,
        @Schema(requiredMode = REQUIRED) Integer bedrooms,
        @Schema(requiredMode = REQUIRED) BigDecimal rent,
        @Schema(requiredMode = REQUIRED) Integer floor,
        Boolean lift,
        Boolean wheelchair,
        @Schema(requiredMode = REQUIRED) LocalDate availableFrom,
        Integer version) {

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
