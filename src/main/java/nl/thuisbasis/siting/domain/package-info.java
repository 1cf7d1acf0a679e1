/**
 * The carrying-capacity scan's scoring in plain Java: indicators normalised as percentiles against the region's
 * distribution, weighted into a strain score, thresholds into a verdict, and the drivers explained in Dutch.
 */
package nl.thuisbasis.siting.domain;
