package nl.thuisbasis.planning.parameters;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.planning.domain.HousingType;
import nl.thuisbasis.planning.domain.Parameter;
import nl.thuisbasis.planning.domain.ParameterKey;

/** One version of a region's parameters; never changed once saved (a change is a new version based on this one). */
public record ParameterSet(UUID id, String regionCode, int version, UUID basedOn, String note, String createdBy,
        Instant createdAt, List<Parameter> parameters) {

    /** The region-wide or per-type value of a key, or {@code fallback}. */
    public double value(ParameterKey key, HousingType type, double fallback) {
        return parameters.stream().filter(p -> p.key() == key && p.type() == type && p.scope().isEmpty())
                .mapToDouble(Parameter::value).findFirst().orElse(fallback);
    }
}
