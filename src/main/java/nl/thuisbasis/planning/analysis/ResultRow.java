package nl.thuisbasis.planning.analysis;

import nl.thuisbasis.planning.domain.HousingType;

/**
 * One cell of a run's results: a municipality (or {@code scope = ""}, the whole region) x type x year. Demand is the
 * people who need the type (in a place or waiting), as a band over the Monte Carlo runs and as the deterministic
 * projection; supply the places located there (the year's mean); the gap is demand (P50) minus supply.
 */
public record ResultRow(String scope, HousingType type, int year, double demandP10, double demandP50, double demandP90,
        double demandMean, double deterministic, double waitingP50, double waitingP90, double supply) {

    public double gap() {
        return demandP50 - supply;
    }
}
