package nl.thuisbasis.planning.domain;

import java.time.YearMonth;

/**
 * One value of a parameter set with its source. {@code scope} is a municipality code or empty (the whole region);
 * {@code type} and {@code toType} are null where the key has none; {@code month} only for planned places.
 * {@code sourceText} says exactly where the value came from (records counted, document and page, or who set it).
 */
public record Parameter(ParameterKey key, String scope, HousingType type, HousingType toType, YearMonth month,
        double value, ParameterSource source, String sourceText, String setBy, String reason) {

    public Parameter {
        scope = scope == null ? "" : scope;
    }

    /** The same parameter with another value, set by hand. */
    public Parameter manual(double newValue, String by, String why) {
        return new Parameter(key, scope, type, toType, month, newValue, ParameterSource.MANUAL, "", by, why);
    }

    /** Whether this is the same parameter (key, scope, types, month) as another, whatever its value. */
    public boolean sameSlot(Parameter other) {
        return key == other.key && scope.equals(other.scope) && type == other.type && toType == other.toType
                && java.util.Objects.equals(month, other.month);
    }
}
