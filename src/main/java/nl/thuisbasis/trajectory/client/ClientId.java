package nl.thuisbasis.trajectory.client;

import java.util.UUID;

/** Identifies a client's trajectory. */
public record ClientId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
