/**
 * Reports from the neighbourhood (meldingen): the public form without login, tracking by code, and (next) the
 * staff queue. Reporters' e-mail addresses are personal data: kept only with consent, and never shown publicly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports from the neighbourhood")
package nl.thuisbasis.reports;
