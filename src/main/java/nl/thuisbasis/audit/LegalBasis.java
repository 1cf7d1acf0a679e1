package nl.thuisbasis.audit;

/** Legal bases (grondslagen) used in the processing log, as text constants so the log stays readable. */
public final class LegalBasis {

    /** Art. 6(1)(e) AVG: public task, for the Social Support Act (Wmo 2015) duties of municipalities. */
    public static final String PUBLIC_TASK_WMO = "AVG art. 6 lid 1 sub e; Wmo 2015";
    /**
     * The priority scheme for outflow into ordinary housing: public task under the Wmo 2015; the special-category data
     * it implies (health, justice) with the client's explicit consent to the exchange, recorded at registration.
     */
    public static final String PRIORITY_SCHEME = "AVG art. 6 lid 1 sub e; art. 9 lid 2 sub a (uitdrukkelijke toestemming cliënt); Wmo 2015";
    /**
     * A client's trajectory with their care provider: the care agreement and the provider's legal duties under the Wmo
     * 2015; health data in the care relationship (art. 9(2)(h), professional secrecy of the care workers).
     */
    public static final String CARE = "AVG art. 6 lid 1 sub b en c; art. 9 lid 2 sub h; Wmo 2015 (zorgrelatie)";
    /**
     * A partner's read of a client's data that the client consented to (decision 0016): explicit consent for that
     * category, that organisation and that purpose.
     */
    public static final String CONSENT = "AVG art. 6 lid 1 sub a; art. 9 lid 2 sub a (uitdrukkelijke toestemming cliënt)";
    /**
     * A read without consent in a crisis, to protect the client's life or health when they cannot consent: per access,
     * with its reason, reported to the client's provider.
     */
    public static final String VITAL_INTEREST = "AVG art. 6 lid 1 sub d; art. 9 lid 2 sub c (vitaal belang)";
    /** Art. 6(1)(f) AVG / art. 32 AVG: securing the system (logins, access control). */
    public static final String SECURITY = "AVG art. 32 (beveiliging van de verwerking)";
    /** Maintaining reference data: CBS open data, no personal data. */
    public static final String OPEN_DATA = "Geen persoonsgegevens (CBS open data)";
    /** Management of the system by its operator. */
    public static final String OPERATION = "AVG art. 6 lid 1 sub e; beheer van het systeem";

    private LegalBasis() {
    }
}
