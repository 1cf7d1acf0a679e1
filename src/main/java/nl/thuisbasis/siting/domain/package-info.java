/**
 * The carrying-capacity scan's scoring in plain Java: indicators normalised as percentiles against the region's
 * distribution, weighted into a strain score, thresholds into a verdict, and the drivers explained as message keys with
 * their arguments; the rules of the initiative process and of a local-index file, as problems with keys.
 */
package nl.thuisbasis.siting.domain;
