package nl.thuisbasis.facility;

/** The broad category the public map counts per postcode area. */
public enum FacilityCategory {
    /** Maatschappelijke opvang: night, crisis, 24-hour, family, youth shelter, time-out, respite. */
    SHELTER,
    /** Beschermd wonen and complex care. */
    PROTECTED_HOUSING,
    /** Living in an ordinary or small-scale dwelling with support: Housing First, Skaeve Huse, training, flex. */
    SUPPORTED_LIVING,
    OTHER
}
