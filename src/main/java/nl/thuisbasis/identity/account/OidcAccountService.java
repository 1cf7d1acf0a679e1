package nl.thuisbasis.identity.account;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.IdentityProperties;
import nl.thuisbasis.identity.Organisation;
import nl.thuisbasis.identity.Role;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an OpenID Connect login into a Thuisbasis user: the role comes from a configurable claim
 * (e.g. {@code roles} or Keycloak's {@code realm_access.roles}), the organisation from another claim.
 * The account is created on first login and follows the identity provider after that. A login without
 * a known role or organisation is refused.
 */
@Service
class OidcAccountService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final UserAccountRepository accounts;
    private final IdentityProperties properties;
    private final LoginLog loginLog;

    OidcAccountService(UserAccountRepository accounts, IdentityProperties properties, LoginLog loginLog) {
        this.accounts = accounts;
        this.properties = properties;
        this.loginLog = loginLog;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = delegate.loadUser(request);
        Map<String, Object> claims = oidcUser.getClaims();
        String subject = oidcUser.getIssuer() + "|" + oidcUser.getSubject();
        String rolesClaim = properties.oidc().rolesClaim();
        Role role = roleFrom(claimAt(claims, rolesClaim))
                .orElseThrow(() -> refuse(subject, "identity.log.oidc.role", rolesClaim, "no known role in claim"));
        String organisationClaim = properties.oidc().organisationClaim();
        Organisation organisation = Optional.ofNullable(claimAt(claims, organisationClaim)).map(Object::toString)
                .flatMap(accounts::findOrganisation)
                .orElseThrow(() -> refuse(subject, "identity.log.oidc.organisation", organisationClaim,
                        "unknown organisation in claim"));
        String username = Optional.ofNullable(oidcUser.getPreferredUsername()).orElse(oidcUser.getSubject());
        String displayName = Optional.ofNullable(oidcUser.getFullName()).orElse(username);
        UUID id = accounts.findByExternalSubject(subject).map(CurrentUser::id).orElse(null);
        if (id == null) {
            id = UUID.randomUUID();
            String unique = accounts.findByUsername(username).isPresent() ? username + "@" + organisation.code() : username;
            accounts.insertUser(id, unique, displayName, oidcUser.getEmail(), null, role, organisation.id(), subject);
        } else {
            accounts.updateExternalUser(id, displayName, role, organisation.id());
        }
        CurrentUser stored = accounts.findByExternalSubject(subject).orElseThrow();
        loginLog.succeeded(stored.getUsername(), organisation.code(), "OpenID Connect");
        return new CurrentUser(stored.id(), stored.getUsername(), stored.displayName(), null, stored.role(),
                stored.organisation(), stored.isEnabled(), null, oidcUser.getIdToken());
    }

    /** Logs the refusal (its reason as a message key) and ends the login; the login page says it did not work. */
    private OAuth2AuthenticationException refuse(String subject, String reasonKey, String claim, String why) {
        loginLog.failed(subject, reasonKey, claim);
        // the description is for the logs of the identity provider's client, never shown to the person
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why + " '" + claim + "'", null));
    }

    /** Reads a claim by a dotted path such as {@code realm_access.roles}. */
    static Object claimAt(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    /** The most powerful known role among the claim's values. */
    static Optional<Role> roleFrom(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).map(Role::fromClaim).flatMap(Optional::stream)
                    .max(Enum::compareTo);
        }
        if (claim instanceof String value) {
            return roleFrom(java.util.Arrays.asList(value.split("[ ,]+")));
        }
        return Optional.empty();
    }
}
