package nl.thuisbasis.siting.initiative;

import java.util.UUID;

/** Identifies an initiative; in a path, anything that is not a UUID is an initiative that does not exist. */
public record InitiativeId(UUID value) {

    /** @throws IllegalArgumentException when the text is no UUID */
    public static InitiativeId of(String text) {
        return new InitiativeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
