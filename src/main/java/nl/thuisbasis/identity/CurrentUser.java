package nl.thuisbasis.identity;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.audit.OrganisationMember;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The logged-in user as every module sees it: who, which role, which organisation. The same type
 * serves form login and OpenID Connect login, so no code has to know how someone logged in.
 */
public final class CurrentUser implements UserDetails, OidcUser, OrganisationMember {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final Role role;
    private final Organisation organisation;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final transient OidcIdToken idToken;

    /** For the identity module's account store; other modules get the logged-in user from Spring Security. */
    public CurrentUser(UUID id, String username, String displayName, String passwordHash, Role role, Organisation organisation,
            boolean enabled, Instant lockedUntil, OidcIdToken idToken) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organisation = organisation;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.idToken = idToken;
    }

    public UUID id() { return id; }
    public String displayName() { return displayName; }
    public Role role() { return role; }
    public Organisation organisation() { return organisation; }

    @Override
    public String organisationCode() {
        return organisation.code();
    }

    /** This user as the policies of every module see them. */
    public Viewer viewer() {
        return new Viewer(role, organisation.code(), organisation.municipalityCode());
    }

    /** Whoever is logged in for the current request, or the anonymous public. */
    public static Viewer currentViewer() {
        org.springframework.security.core.Authentication authentication =
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user.viewer() : Viewer.PUBLIC;
    }

    public boolean hasRole(Role wanted) {
        return role == wanted;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken == null ? Map.of() : idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    @Override
    public String toString() {
        // never the password hash
        return "CurrentUser[" + username + ", " + role + ", " + organisation.code() + "]";
    }
}
