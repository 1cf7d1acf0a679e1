package nl.thuisbasis.planning.domain;

/** Where a parameter's value comes from. */
public enum ParameterSource {
    /** Counted from the product's own records (register, initiatives, outflow, trajectories) on a date. */
    MEASURED,
    /** Set by hand by a named person, on a date, with a reason. */
    MANUAL,
    /** A default from the region's own documents (the seeds), named in the source text. */
    SEED,
    /** Computed from other parameters (e.g. inflow from places and stay by Little's law). */
    DERIVED
}
