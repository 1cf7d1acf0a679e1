package nl.thuisbasis.platform;

/** One option of a select in the shared form fragments: the value sent and the label people read. */
public record Choice(String value, String label) {
}
