package nl.thuisbasis.facility.domain;

/** How much of one facility a viewer may see. */
public enum Visibility {
    /** Nothing: the facility is not in any list or response for this viewer. */
    NONE,
    /** Name, type, place and public contact of a publicly listed facility. */
    PUBLIC,
    /** Provider, function, capacity, URL and PC6 area; no street address. */
    AREA,
    /** Everything, including the address. */
    FULL
}
