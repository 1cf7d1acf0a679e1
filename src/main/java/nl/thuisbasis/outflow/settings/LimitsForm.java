package nl.thuisbasis.outflow.settings;

import nl.thuisbasis.outflow.common.Cents;

/** The rent limits of a year as entered on the settings page ("712,50"), with their source. */
record LimitsForm(Integer year, Cents qualityDiscount, Cents lowCap, Cents highCap, Cents liberalisation, String source) {
}
