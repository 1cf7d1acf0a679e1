package nl.thuisbasis.trajectory.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;
import java.util.UUID;

/**
 * The id of a goal, an action or an evaluation in a path; text that is no UUID (also a blank one, which a plain UUID
 * would read as none) is no such record: the platform answers 404.
 */
@Schema(type = "string", format = "uuid")
public record PlanItemId(UUID value) {

    public PlanItemId {
        Objects.requireNonNull(value, "value");
    }

    /** @throws IllegalArgumentException when the text is no UUID */
    public static PlanItemId of(String text) {
        return new PlanItemId(UUID.fromString(text.trim()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
