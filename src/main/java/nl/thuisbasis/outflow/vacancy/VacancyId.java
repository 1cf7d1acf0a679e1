package nl.thuisbasis.outflow.vacancy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;
import java.util.UUID;

/** A vacancy's id in a path; text that is no UUID is no vacancy (the platform answers 404). */
@Schema(type = "string", format = "uuid")
public record VacancyId(UUID value) {

    public VacancyId {
        Objects.requireNonNull(value, "value");
    }

    /** @throws IllegalArgumentException when the text is no UUID */
    public static VacancyId of(String text) {
        return new VacancyId(UUID.fromString(text.trim()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
