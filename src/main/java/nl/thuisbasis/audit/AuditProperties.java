package nl.thuisbasis.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the processing log ({@code thuisbasis.audit.*}). {@code pseudonym-key}: the secret of the data
 * subjects' pseudonyms (at least 32 characters; from a secret store, e.g. {@code THUISBASIS_AUDIT_PSEUDONYM_KEY}). When
 * it is not set, the application makes a random key once and keeps it in its database (table {@code audit_secret}), so
 * pseudonyms stay the same after a restart. Changing the key changes every pseudonym: a search then no longer finds a
 * subject's older entries.
 */
@ConfigurationProperties("thuisbasis.audit")
public record AuditProperties(String pseudonymKey) {

    public AuditProperties {
        if (pseudonymKey != null && pseudonymKey.isBlank()) {
            pseudonymKey = null;
        }
        if (pseudonymKey != null && pseudonymKey.length() < 32) {
            throw new IllegalArgumentException("thuisbasis.audit.pseudonym-key must be at least 32 characters");
        }
    }

    /** The key is never shown, not even in a dump of the configuration. */
    @Override
    public String toString() {
        return "AuditProperties[pseudonymKey=" + (pseudonymKey == null ? "(database)" : "(set)") + "]";
    }
}
