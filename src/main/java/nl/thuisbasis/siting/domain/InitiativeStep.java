package nl.thuisbasis.siting.domain;

/** The steps a new facility initiative goes through, in their usual order. */
public enum InitiativeStep {
    /** Draagkrachtscan: a saved scan of the location. */
    SCAN,
    /** Omwonenden geïnformeerd, before the decision is made public. */
    NEIGHBOURS_INFORMED,
    /** Buurtbijeenkomst with provider, police and neighbourhood manager: parties present, agreements. */
    NEIGHBOURHOOD_MEETING,
    /** Communicatieplan for this location. */
    COMMUNICATION_PLAN,
    /** Beheerafspraken. */
    MANAGEMENT_AGREEMENTS,
    /** Besluit: college or council (council for protected housing and shelter), with its outcome. */
    DECISION,
    /** Realisatie. */
    REALISATION,
    /** In gebruik: the facility enters the register. */
    IN_USE
}
