package nl.thuisbasis.identity;

import java.time.Instant;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for form login, counts failed logins (lock-out after
 * {@code thuisbasis.identity.lockout.max-failures}), and writes every login attempt to the processing log.
 */
@Service
class AccountService implements UserDetailsService {

    static final String PURPOSE = "Toegang tot Thuisbasis beveiligen";

    private final UserAccountRepository accounts;
    private final IdentityProperties properties;
    private final ProcessingLog processingLog;

    AccountService(UserAccountRepository accounts, IdentityProperties properties, ProcessingLog processingLog) {
        this.accounts = accounts;
        this.properties = properties;
        this.processingLog = processingLog;
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
        String organisation = event.getAuthentication().getPrincipal() instanceof CurrentUser user
                ? user.organisationCode() : null;
        processingLog.recordAs(username, organisation,
                Processing.of("LOGIN", "gebruiker", username, PURPOSE, LegalBasis.SECURITY));
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        IdentityProperties.Lockout lockout = properties.lockout();
        accounts.registerFailure(username, lockout.maxFailures(), Instant.now().plus(lockout.duration()));
        logFailure(event, username, "onjuiste gebruikersnaam of wachtwoord");
    }

    @EventListener
    void onLocked(AuthenticationFailureLockedEvent event) {
        logFailure(event, String.valueOf(event.getAuthentication().getPrincipal()), "account geblokkeerd");
    }

    private void logFailure(AbstractAuthenticationFailureEvent event, String username, String why) {
        // the attempted name is logged truncated: it may be a mistyped password
        String attempted = username.length() > 60 ? username.substring(0, 60) : username;
        processingLog.recordAs(attempted, null,
                Processing.of("LOGIN", "gebruiker", attempted, PURPOSE, LegalBasis.SECURITY).failed(why));
    }
}
