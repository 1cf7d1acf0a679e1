package nl.thuisbasis.audit;

/**
 * Implemented by the logged-in principal so the log can record the actor's organisation without
 * depending on the identity module.
 */
public interface OrganisationMember {

    String organisationCode();
}
