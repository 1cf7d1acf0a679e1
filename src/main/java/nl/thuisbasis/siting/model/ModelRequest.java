package nl.thuisbasis.siting.model;

import java.util.List;

/** A new version of a region's scoring model, as the API receives it. */
record ModelRequest(List<IndicatorRequest> indicators, Double orangeFrom, Double redFrom, String note) {

    /** One weighted indicator; the label may be left out (then the one on offer is kept). */
    record IndicatorRequest(String key, String label, String direction, Double weight) {
    }
}
