package nl.thuisbasis.outflow.contingent;

/**
 * The contingent form: the year (hidden: the year on the page), the total, the care-load correction, who decided it;
 * {@code action} is the button: {@code preview} (show the split, store nothing) or {@code decide} (record it).
 */
record ContingentForm(Integer year, Integer total, Boolean correction, String decidedBy, String action) {

    static final String DECIDE = "decide";

    boolean decides() {
        return DECIDE.equals(action);
    }
}
