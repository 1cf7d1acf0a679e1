package nl.thuisbasis.siting;

/**
 * An indicator a source offers to the scan: its key, Dutch label (shown where the source gives no text of its own,
 * see {@link ScanIndicatorSource#text}), usual direction and default weight.
 */
public record IndicatorDefinition(String key, String label, Direction direction, double defaultWeight, String source) {
}
