package nl.thuisbasis.outflow.tenancy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;
import java.util.UUID;

/** A tenancy-with-care agreement's id in a path; text that is no UUID is no agreement (the platform answers 404). */
@Schema(type = "string", format = "uuid")
public record TenancyId(UUID value) {

    public TenancyId {
        Objects.requireNonNull(value, "value");
    }

    /** @throws IllegalArgumentException when the text is no UUID */
    public static TenancyId of(String text) {
        return new TenancyId(UUID.fromString(text.trim()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
