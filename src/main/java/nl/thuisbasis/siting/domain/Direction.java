package nl.thuisbasis.siting.domain;

/** Whether a higher value of an indicator means the neighbourhood carries more already, or less. */
public enum Direction {
    /** e.g. facility places per 1,000 inhabitants, share of one-person households, share of low incomes. */
    HIGHER_IS_MORE_STRAIN,
    /** e.g. a liveability or safety index where higher is better, distance to the nearest facility. */
    HIGHER_IS_LESS_STRAIN;
}
