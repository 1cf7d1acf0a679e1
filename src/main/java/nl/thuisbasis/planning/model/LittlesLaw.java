package nl.thuisbasis.planning.model;

/** Little's law, L = lambda x W, for the sums planners make by hand and the tests check the engines against. */
public final class LittlesLaw {

    private LittlesLaw() {
    }

    /** The yearly inflow that keeps {@code places} exactly full in steady state with this stay. */
    public static double impliedYearlyInflow(double places, StayDistribution stay) {
        return places / stay.mean() * 12;
    }

    /** The places that a steady yearly inflow fills with this stay. */
    public static double impliedPlaces(double yearlyInflow, StayDistribution stay) {
        return yearlyInflow / 12 * stay.mean();
    }
}
