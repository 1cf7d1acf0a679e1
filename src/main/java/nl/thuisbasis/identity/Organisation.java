package nl.thuisbasis.identity;

import java.util.UUID;

/** An organisation users belong to; {@code municipalityCode} is the GM code for a municipality. */
public record Organisation(UUID id, String code, String name, OrganisationType type, String municipalityCode)
        implements java.io.Serializable {
}
