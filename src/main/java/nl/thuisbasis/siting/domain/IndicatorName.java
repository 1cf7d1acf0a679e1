package nl.thuisbasis.siting.domain;

/**
 * An indicator named in a reason of the scan: its key, and its label as the scoring model gives it (shown when the
 * indicator has no text of its own in the reader's language).
 */
public record IndicatorName(String key, String label) {
}
