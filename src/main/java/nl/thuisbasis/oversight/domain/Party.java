package nl.thuisbasis.oversight.domain;

/** The parties that can sit on a management committee (beheercommissie). */
public enum Party {
    RESIDENTS, BUSINESSES, PROVIDER, MUNICIPALITY, POLICE, CORPORATION
}
