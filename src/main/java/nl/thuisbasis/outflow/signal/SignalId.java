package nl.thuisbasis.outflow.signal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;
import java.util.UUID;

/** An early signal's id in a path; text that is no UUID is no signal (the platform answers 404). */
@Schema(type = "string", format = "uuid")
public record SignalId(UUID value) {

    public SignalId {
        Objects.requireNonNull(value, "value");
    }

    /** @throws IllegalArgumentException when the text is no UUID */
    public static SignalId of(String text) {
        return new SignalId(UUID.fromString(text.trim()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
