package nl.thuisbasis.outflow.settings;

import nl.thuisbasis.outflow.domain.Eligibility;

/** A new eligibility rule on the settings page: its kind, the years of ties it asks (that kind only), its wording. */
record RuleForm(String onceToken, Eligibility.Kind kind, Integer parameter, String description) {
}
