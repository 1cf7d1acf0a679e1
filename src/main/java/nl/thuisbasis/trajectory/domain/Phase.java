package nl.thuisbasis.trajectory.domain;

/** Where a client stands on the way to living independently; every change is kept with its date. */
public enum Phase {
    INTAKE, IN_FACILITY, PREPARING_OUTFLOW, HOUSED_WITH_AFTERCARE, CLOSED
}
