package nl.thuisbasis.facility.domain;

/** The three map layers of the register, from the least to the most detail. */
public enum Layer {
    /** Anyone: counts per PC4 area with small-cell suppression, and the publicly listed facilities. */
    PUBLIC,
    /** Care providers and corporations: per PC6 area provider, function, capacity and URL. */
    PROVIDER,
    /** Municipalities, region coordinators, admins: address level, everything the capacity scan needs. */
    SCAN
}
