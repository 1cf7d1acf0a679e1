package nl.thuisbasis.outflow.settings;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;
import java.util.UUID;

/** An eligibility rule's id in a path; text that is no UUID is no rule (the platform answers 404). */
@Schema(type = "string", format = "uuid")
public record EligibilityRuleId(UUID value) {

    public EligibilityRuleId {
        Objects.requireNonNull(value, "value");
    }

    /** @throws IllegalArgumentException when the text is no UUID */
    public static EligibilityRuleId of(String text) {
        return new EligibilityRuleId(UUID.fromString(text.trim()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
