package nl.thuisbasis.outflow.settings;

import nl.thuisbasis.outflow.common.Euros;

/** The rent limits of a year as entered on the settings page ("712,50"), with their source. */
record LimitsForm(Integer year, Euros qualityDiscount, Euros lowCap, Euros highCap, Euros liberalisation, String source) {
}
