package nl.thuisbasis.outflow.settings;

/** A category of the scheme to add or change on the settings page; active unless said otherwise. */
record CategoryForm(String code, String label, Boolean active) {

    public boolean activeOrDefault() {
        return !Boolean.FALSE.equals(active);
    }
}
