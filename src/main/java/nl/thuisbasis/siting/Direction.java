package nl.thuisbasis.siting;

/**
 * Whether a higher value of an indicator means the neighbourhood carries more already, or less. Part of the scan's
 * extension point ({@link IndicatorDefinition}), so other modules offering indicators use it too.
 */
public enum Direction {
    /** e.g. facility places per 1,000 inhabitants, share of one-person households, share of low incomes. */
    HIGHER_IS_MORE_STRAIN,
    /** e.g. a liveability or safety index where higher is better, distance to the nearest facility. */
    HIGHER_IS_LESS_STRAIN;
}
