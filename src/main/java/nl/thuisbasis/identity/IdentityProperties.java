package nl.thuisbasis.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of identity and access ({@code thuisbasis.identity.*}).
 *
 * @param demoAccounts create the demo organisations and one account per role on an empty database
 * @param lockout how many failed logins lock an account, and for how long
 * @param oidc OpenID Connect login (Keycloak-style issuer) with the claims that carry role and organisation
 * @param apiBasicAuth whether the API takes HTTP Basic (user name and password on every call) besides bearer tokens: a
 *        convenience for the demo, off in production; when not set, it follows {@code demoAccounts}
 */
@ConfigurationProperties("thuisbasis.identity")
public record IdentityProperties(boolean demoAccounts, Lockout lockout, Oidc oidc, Boolean apiBasicAuth) {

    public IdentityProperties {
        apiBasicAuth = apiBasicAuth == null ? demoAccounts : apiBasicAuth;
        lockout = lockout == null ? new Lockout(5, Duration.ofMinutes(15)) : lockout;
        oidc = oidc == null ? new Oidc(false, "roles", "organisation", "keycloak") : oidc;
    }

    /** Lock-out after repeated failed logins. */
    public record Lockout(int maxFailures, Duration duration) {
    }

    /**
     * @param rolesClaim claim with the role names; a dotted path such as {@code realm_access.roles} works too
     * @param organisationClaim claim with the organisation code (e.g. GM0505 or trivire)
     * @param registrationId the {@code spring.security.oauth2.client.registration.*} id to use
     */
    public record Oidc(boolean enabled, String rolesClaim, String organisationClaim, String registrationId) {

        public Oidc {
            // properties that are not set bind as null: fall back to the documented defaults one by one
            rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
            organisationClaim = organisationClaim == null || organisationClaim.isBlank() ? "organisation" : organisationClaim;
            registrationId = registrationId == null || registrationId.isBlank() ? "keycloak" : registrationId;
        }
    }
}
