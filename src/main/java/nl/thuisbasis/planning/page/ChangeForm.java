package nl.thuisbasis.planning.page;

/** The form that changes one parameter: which one (hidden), the new value and why, and the version it is based on. */
record ChangeForm(String key, String municipality, String type, String toType, String month, Double value, String reason,
        String basedOn, String onceToken) {
}
