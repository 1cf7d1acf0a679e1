package nl.thuisbasis.planning.page;

/**
 * The form that starts an analysis: a scenario name, stays and inflow as a percentage of the parameter set's, extra
 * people a year from outside the region, planned places later by months, Monte Carlo runs and an optional seed.
 */
record RunForm(String name, Integer stayPercent, Integer inflowPercent, Integer outsideInflow, Integer delayMonths,
        Integer runs, Long seed, String onceToken) {

    static RunForm base() {
        return new RunForm(null, 100, 100, 0, 0, 1000, null, null);
    }
}
