package nl.thuisbasis.region.cbsimport;

import java.util.Objects;
import java.util.UUID;

/** The id of one CBS import; in paths it is the UUID, and anything else is an import that does not exist. */
record ImportId(UUID value) {

    ImportId {
        Objects.requireNonNull(value, "value");
    }

    static ImportId random() {
        return new ImportId(UUID.randomUUID());
    }

    /** @throws IllegalArgumentException when the text is no UUID */
    public static ImportId of(String text) {
        return new ImportId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
