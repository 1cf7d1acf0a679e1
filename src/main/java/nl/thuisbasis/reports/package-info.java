/**
 * Reports from the neighbourhood (meldingen): the public form without login, tracking by code, report cards with a
 * QR code, and the staff side (routing, a queue per organisation, deadlines in working days, append-only history,
 * reply templates). Reporters' e-mail addresses are personal data: kept only with consent, removed after the
 * retention period, never shown publicly, and every read by staff is in the processing log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports from the neighbourhood")
package nl.thuisbasis.reports;
