package nl.thuisbasis.siting.domain;

import nl.thuisbasis.siting.Direction;
/**
 * One indicator in a scoring model: its key (a CBS column name, a local index name, or a facility-load
 * indicator), its label as the model was made with it (Dutch), its direction and its weight (0 switches it off).
 */
public record IndicatorWeight(String key, String label, Direction direction, double weight) {

    public IndicatorWeight {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("indicator key is required");
        }
        if (weight < 0 || Double.isNaN(weight)) {
            throw new IllegalArgumentException("weight must be 0 or more");
        }
    }
}
