/**
 * Plain-Java rules for region data: reading and validating CBS files, GeoJSON geometry, and which
 * key figure a neighbourhood shows when its own is missing. No Spring, no JDBC.
 */
package nl.thuisbasis.region.domain;
