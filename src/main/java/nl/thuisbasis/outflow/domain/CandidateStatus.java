package nl.thuisbasis.outflow.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a candidate of the priority scheme (voorrangsregeling) stands. A decline of an offer, or a proposal that is let
 * go, returns the candidate to the pool ({@code URGENCY_GRANTED}); housed and withdrawn are final.
 */
public enum CandidateStatus {
    REGISTERED, URGENCY_GRANTED, PROPOSED, OFFERED, HOUSED, WITHDRAWN;

    /** The statuses that may follow this one. */
    public Set<CandidateStatus> next() {
        return switch (this) {
            case REGISTERED -> EnumSet.of(URGENCY_GRANTED, WITHDRAWN);
            case URGENCY_GRANTED -> EnumSet.of(PROPOSED, WITHDRAWN);
            case PROPOSED -> EnumSet.of(URGENCY_GRANTED, OFFERED, WITHDRAWN);
            case OFFERED -> EnumSet.of(URGENCY_GRANTED, HOUSED, WITHDRAWN);
            case HOUSED, WITHDRAWN -> EnumSet.noneOf(CandidateStatus.class);
        };
    }

    public boolean mayMoveTo(CandidateStatus to) {
        return next().contains(to);
    }

    /** Still in the scheme: not housed and not withdrawn. */
    public boolean active() {
        return this != HOUSED && this != WITHDRAWN;
    }
}
