package nl.thuisbasis.siting.domain;

/**
 * Whether a higher value of an indicator means the neighbourhood carries more already, or less. Part of the scan's
 * extension point ({@code IndicatorDefinition}), so other modules offering indicators may use it.
 */
@org.springframework.modulith.NamedInterface("indicator-direction")
public enum Direction {
    /** e.g. facility places per 1,000 inhabitants, share of one-person households, share of low incomes. */
    HIGHER_IS_MORE_STRAIN,
    /** e.g. a liveability or safety index where higher is better, distance to the nearest facility. */
    HIGHER_IS_LESS_STRAIN;
}
