package nl.thuisbasis.planning.domain;

/**
 * What a planning parameter is. Each key says whether it is per municipality ({@link #perMunicipality}), per housing
 * type, per pair of types, or per month, and the range a value must lie in.
 */
public enum ParameterKey {
    /** Places of a type in use in a municipality now (register). */
    PLACES_IN_USE(true, true, false, 0, 100_000),
    /** Places of a type expected in a municipality from a month on (register, initiatives, the programme). */
    PLACES_PLANNED(true, true, false, -100_000, 100_000),
    /** Shortest usual stay in a type, in months. */
    STAY_MIN_MONTHS(false, true, false, 1, 240),
    /** Longest usual stay in a type, in months. */
    STAY_MAX_MONTHS(false, true, false, 1, 240),
    /** New people a year from a municipality who need a type (from outside the system). */
    INFLOW_PER_YEAR(true, true, false, 0, 1_000_000),
    /** The share of those whose stay in one type ends that move on to another type. */
    TRANSITION(false, true, true, 0, 1),
    /** Of those who leave the system from a type, the share that comes back later (relapse). */
    RETURN_SHARE(false, true, false, 0, 1),
    /** Months between leaving and coming back, on average. */
    RETURN_DELAY_MONTHS(false, false, false, 1, 120),
    /** Ordinary dwellings a year for outflow with care in a municipality (the corporations' commitments, contingents). */
    DWELLINGS_PER_YEAR(true, false, false, 0, 100_000),
    /** People of a municipality waiting for a type now. */
    WAITING_NOW(true, true, false, 0, 100_000);

    private final boolean perMunicipality;
    private final boolean perType;
    private final boolean perPair;
    private final double min;
    private final double max;

    ParameterKey(boolean perMunicipality, boolean perType, boolean perPair, double min, double max) {
        this.perMunicipality = perMunicipality;
        this.perType = perType;
        this.perPair = perPair;
        this.min = min;
        this.max = max;
    }

    public boolean perMunicipality() {
        return perMunicipality;
    }

    public boolean perType() {
        return perType;
    }

    public boolean perPair() {
        return perPair;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }
}
