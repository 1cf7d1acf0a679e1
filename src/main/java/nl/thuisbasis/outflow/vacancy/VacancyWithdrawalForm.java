package nl.thuisbasis.outflow.vacancy;

/** The corporation takes its vacancy back, with the reason (a field name of its own on the vacancy's page). */
record VacancyWithdrawalForm(String withdrawalReason) {
}
