package nl.thuisbasis.reports.submission;

/** Asking to reopen a closed report: its tracking code and, if the reporter wants, why; the form's once-only token. */
record ReopenForm(String code, String why, String onceToken) {
}
