package nl.thuisbasis.oversight.improvement;

import java.util.UUID;

/** An action in the plan of an improvement track, in a path; {@link #of} refuses what is no UUID (then: 404). */
record ActionId(UUID value) {

    public static ActionId of(String text) {
        if (text == null || text.length() != 36) {
            throw new IllegalArgumentException("not an action id");
        }
        return new ActionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
