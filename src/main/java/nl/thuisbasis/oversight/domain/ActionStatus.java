package nl.thuisbasis.oversight.domain;

/** The status of an action in the plan of an improvement track. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    /** Whether the action still has to be done (and so can be overdue). */
    public boolean open() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
