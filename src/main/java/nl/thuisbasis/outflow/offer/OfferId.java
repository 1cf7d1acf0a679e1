package nl.thuisbasis.outflow.offer;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;
import java.util.UUID;

/** An offer's id in a path; text that is no UUID is no offer (the platform answers 404). */
@Schema(type = "string", format = "uuid")
public record OfferId(UUID value) {

    public OfferId {
        Objects.requireNonNull(value, "value");
    }

    /** @throws IllegalArgumentException when the text is no UUID */
    public static OfferId of(String text) {
        return new OfferId(UUID.fromString(text.trim()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
