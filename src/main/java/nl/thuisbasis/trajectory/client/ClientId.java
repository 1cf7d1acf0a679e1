package nl.thuisbasis.trajectory.client;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;
import java.util.UUID;

/** A client's id in a path; text that is no UUID is no client (the platform answers 404). */
@Schema(type = "string", format = "uuid")
public record ClientId(UUID value) {

    public ClientId {
        Objects.requireNonNull(value, "value");
    }

    /** @throws IllegalArgumentException when the text is no UUID */
    public static ClientId of(String text) {
        return new ClientId(UUID.fromString(text.trim()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
