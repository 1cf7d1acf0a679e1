package nl.thuisbasis.outflow.settings;

/** Switching a rule off or on again (the button on its row); absent is off. */
record RuleStateForm(Boolean inForce) {
}
