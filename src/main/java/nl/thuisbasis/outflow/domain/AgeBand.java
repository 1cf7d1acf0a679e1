package nl.thuisbasis.outflow.domain;

/** Age in bands (never a date of birth): 18-22 matters for rent allowance, 67+ is the state pension age. */
public enum AgeBand {
    Y18_22, Y23_26, Y27_44, Y45_66, Y67_PLUS
}
