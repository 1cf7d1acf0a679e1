/**
 * Facility policies in plain Java: who sees which layer and may change what, input validation, and the
 * public postcode-area aggregation with small-cell suppression. No Spring, no JDBC.
 */
package nl.thuisbasis.facility.domain;
