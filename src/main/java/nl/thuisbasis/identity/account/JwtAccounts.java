package nl.thuisbasis.identity.account;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.IdentityProperties;
import nl.thuisbasis.identity.Organisation;
import nl.thuisbasis.identity.Role;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account of an access token (a JWT) from the configured identity provider, for API clients: a system that
 * gets its token with OAuth2 client credentials, or a person's token. The account is the one of the token's issuer
 * and subject, as with OpenID Connect login; a client the application has not seen before gets an account when the
 * token carries a known role and organisation in the configured claims, and otherwise is refused. Role and
 * organisation follow the token, as they follow the ID token at login.
 */
@Service
public class JwtAccounts {

    private final UserAccountRepository accounts;
    private final IdentityProperties properties;
    private final LoginLog loginLog;

    JwtAccounts(UserAccountRepository accounts, IdentityProperties properties, LoginLog loginLog) {
        this.accounts = accounts;
        this.properties = properties;
        this.loginLog = loginLog;
    }

    /** The account the token acts for, or empty when the token names no account and no known role and organisation. */
    @Transactional
    public Optional<CurrentUser> account(Jwt jwt) {
        String issuer = jwt.getIssuer() == null ? "" : jwt.getIssuer().toString();
        String subject = issuer + "|" + jwt.getSubject();
        Map<String, Object> claims = jwt.getClaims();
        Optional<Role> role = OidcAccountService.roleFrom(OidcAccountService.claimAt(claims, properties.oidc().rolesClaim()));
        Optional<Organisation> organisation = Optional.ofNullable(
                        OidcAccountService.claimAt(claims, properties.oidc().organisationClaim()))
                .map(Object::toString).flatMap(accounts::findOrganisation);
        Optional<CurrentUser> known = accounts.findByExternalSubject(subject);
        if (known.isPresent()) {
            CurrentUser user = known.get();
            if (role.isPresent() && organisation.isPresent()
                    && (user.role() != role.get() || !user.organisation().id().equals(organisation.get().id()))) {
                accounts.updateExternalUser(user.id(), user.displayName(), role.get(), organisation.get().id());
                return accounts.findByExternalSubject(subject);
            }
            return known;
        }
        if (role.isEmpty() || organisation.isEmpty()) {
            return Optional.empty();
        }
        String name = firstOf(claims, "preferred_username", "client_id", "azp").orElse(jwt.getSubject());
        String username = accounts.findByUsername(name).isPresent() ? name + "@" + organisation.get().code() : name;
        accounts.insertUser(UUID.randomUUID(), username, name, null, null, role.get(), organisation.get().id(), subject);
        // the first use of a new API client is the moment it gets access: once in the log, not on every call
        loginLog.succeeded(username, organisation.get().code(), "API-token (OAuth2)");
        return accounts.findByExternalSubject(subject);
    }

    private static Optional<String> firstOf(Map<String, Object> claims, String... names) {
        for (String name : names) {
            Object value = claims.get(name);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(value.toString());
            }
        }
        return Optional.empty();
    }
}
