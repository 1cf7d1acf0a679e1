package nl.thuisbasis.identity;

/** The kinds of organisation that work under a regional covenant. */
public enum OrganisationType {
    /** gemeente */
    MUNICIPALITY,
    /** woningcorporatie */
    HOUSING_CORPORATION,
    /** zorgaanbieder */
    CARE_PROVIDER,
    /** regional body (regiegroep) or the operator */
    REGION
}
