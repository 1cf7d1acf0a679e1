package nl.thuisbasis.outflow.vacancy;

/** The total of vacancies a corporation reports for a quarter (the year and quarter are in the path). */
record VacancyTotalRequest(Integer total) {
}
