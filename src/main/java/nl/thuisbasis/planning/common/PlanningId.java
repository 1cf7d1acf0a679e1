package nl.thuisbasis.planning.common;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;
import java.util.UUID;

/** The id of an ambition, a bid, a commitment, a planned item, a parameter set or a run in a path; text that is no UUID is no record (404). */
@Schema(type = "string", format = "uuid")
public record PlanningId(UUID value) {

    public PlanningId {
        Objects.requireNonNull(value, "value");
    }

    /** @throws IllegalArgumentException when the text is no UUID */
    public static PlanningId of(String text) {
        return new PlanningId(UUID.fromString(text.trim()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
