package nl.thuisbasis.oversight.inventory;

import java.util.UUID;

/** An inventory, in a path; {@link #of} refuses what is no UUID (then: 404). */
record InventoryId(UUID value) {

    public static InventoryId of(String text) {
        if (text == null || text.length() != 36) {
            throw new IllegalArgumentException("not an inventory id");
        }
        return new InventoryId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
