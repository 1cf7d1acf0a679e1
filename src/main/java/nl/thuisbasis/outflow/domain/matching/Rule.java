package nl.thuisbasis.outflow.domain.matching;

/**
 * The hard rules, in the order they are checked and explained. Each reads as the message {@code out.matchRule.<NAME>}
 * in the reader's language.
 */
public enum Rule {
    BEDROOMS,
    ACCESS,
    RENT,
    MUNICIPALITY,
    EXCLUDED_NEIGHBOURHOOD,
    RED_NEIGHBOURHOOD,
    CORPORATION_CAP,
    DECLINED;

    /** The message key of the rule's name, e.g. "too few bedrooms". */
    public String key() {
        return "out.matchRule." + name();
    }
}
