package nl.thuisbasis.siting.model;

import java.util.List;
import java.util.Map;
import nl.thuisbasis.siting.domain.ScoringModel;

/** A version of a region's scoring model, as the API returns it; each indicator's label in the reader's language. */
record ModelResponse(String regionCode, int version, List<IndicatorResponse> indicators, double orangeFrom,
        double redFrom) {

    record IndicatorResponse(String key, String label, String direction, double weight) {
    }

    /** @param names the indicators' names in the reader's language, by key (the model's label where absent) */
    static ModelResponse from(ScoringModel model, Map<String, String> names) {
        return new ModelResponse(model.regionCode(), model.version(), model.indicators().stream()
                .map(i -> new IndicatorResponse(i.key(), names.getOrDefault(i.key(), i.label()), i.direction().name(),
                        i.weight()))
                .toList(), model.orangeFrom(), model.redFrom());
    }
}
