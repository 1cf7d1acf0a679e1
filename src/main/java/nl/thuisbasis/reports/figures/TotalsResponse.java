package nl.thuisbasis.reports.figures;

import java.util.Map;

/** Public totals: reports per category in a municipality in a year, and their sum. Never per location. */
record TotalsResponse(String municipality, int year, Map<String, Integer> perCategory, int total) {

    static TotalsResponse of(String municipality, int year, Map<String, Integer> perCategory) {
        return new TotalsResponse(municipality, year, perCategory, perCategory.values().stream().mapToInt(Integer::intValue).sum());
    }
}
