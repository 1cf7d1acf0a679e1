package nl.thuisbasis.facility;

/** Published after facilities were registered, changed, removed or imported; {@code count} says how many. */
public record FacilityRegisterChanged(String action, int count) {
}
