package nl.thuisbasis.outflow.candidate;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;
import java.util.UUID;

/** A candidate's id in a path; text that is no UUID is no candidate (the platform answers 404). */
@Schema(type = "string", format = "uuid")
public record CandidateId(UUID value) {

    public CandidateId {
        Objects.requireNonNull(value, "value");
    }

    /** @throws IllegalArgumentException when the text is no UUID */
    public static CandidateId of(String text) {
        return new CandidateId(UUID.fromString(text.trim()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
