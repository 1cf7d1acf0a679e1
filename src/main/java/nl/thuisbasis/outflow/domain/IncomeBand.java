package nl.thuisbasis.outflow.domain;

/**
 * Income in two bands, as passend toewijzen needs it: at or below the income limit of the affordability-fit rule
 * (the household qualifies for rent allowance), or above it but within social housing.
 */
public enum IncomeBand {
    LOW, MIDDLE
}
