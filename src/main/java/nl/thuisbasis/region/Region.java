package nl.thuisbasis.region;

import java.util.List;

/** A set of municipalities working under one covenant, led by a central municipality (centrumgemeente). */
public record Region(String code, String name, String centralMunicipalityCode, List<String> municipalityCodes) {
}
