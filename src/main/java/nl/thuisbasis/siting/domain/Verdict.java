package nl.thuisbasis.siting.domain;

/** The scan's advice; people decide, the verdict only advises. */
public enum Verdict {
    /** Groen: kan landen. */
    GREEN,
    /** Oranje: kan landen onder voorwaarden. */
    ORANGE,
    /** Rood: afgeraden. */
    RED
}
