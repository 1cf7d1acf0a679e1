package nl.thuisbasis.identity;

import java.util.Locale;
import java.util.Optional;

/** What a user may do, always within their own organisation. Anonymous visitors are the public. */
public enum Role {
    /** Care provider staff (begeleider, locatiemanager). */
    PROVIDER,
    /** Housing corporation staff (ketenregisseur, woonconsulent). */
    CORPORATION,
    /** Municipal officer (beleidsmedewerker, Wmo-consulent). */
    MUNICIPALITY,
    /** Regional coordinator or analyst at the central municipality or steering group. */
    REGION_COORDINATOR,
    /** Operator: users, organisations, reference data. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Reads a role from an identity provider's claim value such as "admin", "ROLE_ADMIN" or "thuisbasis-admin". */
    public static Optional<Role> fromClaim(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String normalised = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (String prefix : new String[] {"ROLE_", "THUISBASIS_"}) {
            if (normalised.startsWith(prefix)) {
                normalised = normalised.substring(prefix.length());
            }
        }
        for (Role role : values()) {
            if (role.name().equals(normalised)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
