package nl.thuisbasis.siting;


/** An indicator a source offers to the scan: its key, Dutch label, usual direction and default weight. */
public record IndicatorDefinition(String key, String label, Direction direction, double defaultWeight, String source) {
}
