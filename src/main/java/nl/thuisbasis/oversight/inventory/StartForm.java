package nl.thuisbasis.oversight.inventory;

/** The form that starts an inventory; a municipality's staff do not name the municipality (it is their own). */
record StartForm(String title, String municipality, String onceToken) {
}
