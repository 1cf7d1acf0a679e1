package nl.thuisbasis.siting.model;

import java.util.Map;
import nl.thuisbasis.siting.Direction;

/**
 * The scoring-model form: per indicator key a weight ({@code weights[placesPer1000]}) and a direction
 * ({@code directions[placesPer1000]}), the two thresholds and a note on the new version. The weights are read one by
 * one ({@link nl.thuisbasis.platform.DecimalInput#parse}), so that a weight that is no number is reported at its
 * own field: binding reports a map as a whole.
 */
record ModelForm(Map<String, String> weights, Map<String, Direction> directions, Double orangeFrom, Double redFrom,
        String note, String onceToken) {

    ModelForm {
        weights = weights == null ? Map.of() : weights;
        directions = directions == null ? Map.of() : directions;
    }

    static String weightField(String key) {
        return "weights[" + key + "]";
    }

    static String directionField(String key) {
        return "directions[" + key + "]";
    }
}
