package nl.thuisbasis.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pseudonyms of data subjects: HMAC-SHA256 over {@code <type>:<id>} with the product's secret key, as 64 hexadecimal
 * digits. The same subject always gets the same pseudonym (so the log of one client can be found), and without the key
 * a pseudonym cannot be traced back to the client, not even by trying every id. The key comes from
 * {@code thuisbasis.audit.pseudonym-key}, else from the database, where it is made on first use.
 */
@Component
class Pseudonyms {

    private static final String NAME = "pseudonym";

    private final JdbcClient jdbc;
    private final AuditProperties properties;
    private final TransactionTemplate ownTransaction;
    private volatile SecretKeySpec key;

    Pseudonyms(JdbcClient jdbc, AuditProperties properties, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.properties = properties;
        // the first use may be inside a read-only transaction (a search): the key is made in a transaction of its own
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The pseudonym of a subject; the id is taken as written, without surrounding spaces. */
    String of(String subjectType, String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal((subjectType + ":" + id.strip()).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    byte[] secret = properties.pseudonymKey() != null
                            ? properties.pseudonymKey().getBytes(StandardCharsets.UTF_8) : ownTransaction.execute(t -> stored());
                    key = new SecretKeySpec(secret, "HmacSHA256");
                }
                k = key;
            }
        }
        return k;
    }

    /** The key kept in the database, made (32 random bytes) when there is none; two starting instances agree on one. */
    private byte[] stored() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("insert into audit_secret (name, secret) values (?, ?) on conflict (name) do nothing")
                .params(NAME, fresh).update();
        return jdbc.sql("select secret from audit_secret where name = ?").param(NAME).query(byte[].class).single();
    }
}
