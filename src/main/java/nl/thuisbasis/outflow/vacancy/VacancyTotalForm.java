package nl.thuisbasis.outflow.vacancy;

/** The corporation reports its total of vacated dwellings in a quarter (the base of its cap). */
record VacancyTotalForm(Integer year, Integer quarter, Integer total) {
}
