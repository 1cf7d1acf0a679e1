package nl.thuisbasis.planning.parameters;

/**
 * A change to one parameter as a person types it (strings, so that an unknown key or type is a listed problem, not a
 * parse error): the key, the municipality (for per-municipality keys), the type and the type moved to, for planned
 * places the month (yyyy-mm), the new value and why.
 */
public record ParameterChange(String key, String municipality, String type, String toType, String month, Double value,
        String reason) {
}
