package nl.thuisbasis.identity.account;

import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import org.springframework.stereotype.Component;

/** Every login attempt in the processing log, whether by form or OpenID Connect; reasons as message keys. */
@Component
public class LoginLog {

    static final String PURPOSE = "purpose.identity.access";

    private final ProcessingLog processingLog;

    LoginLog(ProcessingLog processingLog) {
        this.processingLog = processingLog;
    }

    /** A login that succeeded; {@code how} is plain text such as "OpenID Connect", or null. */
    public void succeeded(String username, String organisation, String how) {
        Processing login = login(username);
        processingLog.recordAs(username, organisation, how == null ? login : login.withDetails(how));
    }

    /** A login that was refused, with the key (in the identity bundle) and arguments of the reason. */
    public void failed(String actor, String reasonKey, Object... args) {
        processingLog.recordAs(actor, null, login(actor).failedBecause(reasonKey, args));
    }

    private static Processing login(String username) {
        return Processing.of("LOGIN", "user", username, PURPOSE, LegalBasis.SECURITY);
    }
}
