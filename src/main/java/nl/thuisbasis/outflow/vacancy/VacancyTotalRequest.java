package nl.thuisbasis.outflow.vacancy;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
/** The total of vacancies a corporation reports for a quarter (the year and quarter are in the path). */
record VacancyTotalRequest(
        @Schema(requiredMode = REQUIRED) Integer total) {
}
