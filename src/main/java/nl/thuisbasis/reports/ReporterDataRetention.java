package nl.thuisbasis.reports;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes reporters' e-mail addresses once the retention period has passed (default 12 months after the report
 * was received), every night. The report itself stays; only the personal data goes. Each run is logged.
 */
@Component
class ReporterDataRetention {

    private final JdbcClient jdbc;
    private final ProcessingLog log;
    private final Period retention;

    ReporterDataRetention(JdbcClient jdbc, ProcessingLog log,
            @Value("${thuisbasis.reports.email-retention:P12M}") Period retention) {
        this.jdbc = jdbc;
        this.log = log;
        this.retention = retention;
    }

    @Scheduled(cron = "${thuisbasis.reports.retention-cron:0 15 3 * * *}")
    @Transactional
    public int removeExpiredEmailAddresses() {
        Instant before = Instant.now().atOffset(ZoneOffset.UTC).minus(retention).toInstant();
        int removed = jdbc.sql("update report set email = null, email_consent = false where email is not null and received_at < ?")
                .param(java.sql.Timestamp.from(before)).update();
        log.recordAs("systeem", null, Processing.of("reports.retention", "report", null,
                "Bewaartermijn e-mailadressen van melders", LegalBasis.OPERATION)
                .withDetails(removed + " e-mailadres(sen) verwijderd"));
        return removed;
    }
}
