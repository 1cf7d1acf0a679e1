package nl.thuisbasis.oversight.domain;

/** The rungs of the escalation ladder (escalatieladder), from the lightest to the heaviest. */
public enum Regime {
    /** Slapend: no nuisance, short lines; a committee or other consultation meets at least once a year. */
    DORMANT,
    /** Actief basisregime: the committee meets periodically; reports are picked up at once. */
    ACTIVE_BASIC,
    /** Verscherpt regime: extra measures and stricter agreements. */
    STRICTER,
    /** Multidisciplinaire aanpak met verbetertraject: a working group with a plan of actions and deadlines. */
    IMPROVEMENT_TRACK;

    public boolean heavierThan(Regime other) {
        return compareTo(other) > 0;
    }
}
