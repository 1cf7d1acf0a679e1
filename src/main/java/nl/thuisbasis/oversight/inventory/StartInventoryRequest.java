package nl.thuisbasis.oversight.inventory;

import io.swagger.v3.oas.annotations.media.Schema;
/** A new inventory: the municipality (GM code; a municipality's own staff leave it out) and an optional title. */
record StartInventoryRequest(
        String municipality,
        String title) {
}
