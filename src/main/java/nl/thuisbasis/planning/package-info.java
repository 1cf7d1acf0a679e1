/**
 * Capacity planning (issue 18): the ten-year housing-care needs analysis per municipality and housing type with a
 * flow model (a deterministic stock-flow projection and a seeded Monte Carlo simulation on one model), parameter sets
 * whose every value names its source, saved runs and scenarios, the regional ambition with municipal bids and
 * corporations' commitments, and realisation counted from the facility register and the initiatives.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Capacity planning")
package nl.thuisbasis.planning;
