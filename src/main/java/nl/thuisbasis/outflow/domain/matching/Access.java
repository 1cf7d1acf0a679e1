package nl.thuisbasis.outflow.domain.matching;

/** Access needs a dwelling can meet. */
public enum Access {
    GROUND_FLOOR, LIFT, WHEELCHAIR
}
