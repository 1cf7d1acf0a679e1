package nl.thuisbasis.siting.scan;

import java.util.UUID;

/** Identifies a saved scan; in a path, anything that is not a UUID is a scan that does not exist. */
public record ScanId(UUID value) {

    /** @throws IllegalArgumentException when the text is no UUID */
    public static ScanId of(String text) {
        return new ScanId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
