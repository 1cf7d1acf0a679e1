package nl.thuisbasis.trajectory.domain;

/** The phases of a crisis plan, in the order they follow each other: calm, tension, crisis, and after the crisis. */
public enum CrisisPhase {
    CALM, TENSION, CRISIS, AFTER
}
