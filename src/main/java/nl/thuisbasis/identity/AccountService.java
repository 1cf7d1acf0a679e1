package nl.thuisbasis.identity;

import java.time.Instant;
import nl.thuisbasis.identity.account.LoginLog;
import nl.thuisbasis.identity.account.UserAccountRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Loads accounts for form login, counts failed logins (lock-out after
 * {@code thuisbasis.identity.lockout.max-failures}), and writes every login attempt to the processing log (an API call
 * with HTTP Basic credentials only when they are wrong: a correct one is no login).
 * <p>
 * In the base package (not identity.account) because the authorization matrix test asks for it by this name.
 */
@Service
class AccountService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final IdentityProperties properties;
    private final LoginLog loginLog;

    AccountService(UserAccountRepository accounts, IdentityProperties properties, LoginLog loginLog) {
        this.accounts = accounts;
        this.properties = properties;
        this.loginLog = loginLog;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .filter(user -> user.getPassword() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof OAuth2LoginAuthenticationToken) {
            // OidcAccountService has already logged this login, with its organisation and how it was made
            return;
        }
        String username = event.getAuthentication().getName();
        accounts.registerSuccess(username);
        if (isApiCall()) {
            // HTTP Basic on the API (the demo's convenience) sends the password with every call: each is no login, and
            // a row per call would drown the log; failed attempts are still logged and counted
            return;
        }
        String organisation = event.getAuthentication().getPrincipal() instanceof CurrentUser user
                ? user.organisationCode() : null;
        loginLog.succeeded(username, organisation, null);
    }

    private static boolean isApiCall() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getRequestURI().startsWith(attributes.getRequest().getContextPath() + "/api/");
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        IdentityProperties.Lockout lockout = properties.lockout();
        accounts.registerFailure(username, lockout.maxFailures(), Instant.now().plus(lockout.duration()));
        logFailure(username, "identity.log.badCredentials");
    }

    @EventListener
    void onLocked(AuthenticationFailureLockedEvent event) {
        logFailure(String.valueOf(event.getAuthentication().getPrincipal()), "identity.log.locked");
    }

    private void logFailure(String username, String reasonKey) {
        // the attempted name is logged truncated: it may be a mistyped password
        loginLog.failed(username.length() > 60 ? username.substring(0, 60) : username, reasonKey);
    }
}
