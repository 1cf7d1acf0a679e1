package nl.thuisbasis.facility.domain;

import nl.thuisbasis.identity.Role;

/**
 * Who is looking: a role within an organisation, or the anonymous public ({@code role == null}).
 * {@code municipalityCode} is set for municipality organisations.
 */
public record Viewer(Role role, String organisationCode, String municipalityCode) {

    public static final Viewer PUBLIC = new Viewer(null, null, null);

    public boolean anonymous() {
        return role == null;
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }
}
