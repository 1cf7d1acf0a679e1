package nl.thuisbasis.reports.retention;

import java.time.Instant;
import java.time.ZoneOffset;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.reports.ReportProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes reporters' e-mail addresses once the retention period has passed ({@code thuisbasis.reports.email-retention},
 * default 12 months after the report was received), every night. The report itself stays; only the personal data
 * goes. Each run is logged.
 */
@Component
class ReporterDataRetention {

    private final JdbcClient jdbc;
    private final ProcessingLog log;
    private final ReportProperties properties;

    ReporterDataRetention(JdbcClient jdbc, ProcessingLog log, ReportProperties properties) {
        this.jdbc = jdbc;
        this.log = log;
        this.properties = properties;
    }

    @Scheduled(cron = "${thuisbasis.reports.retention-cron:0 15 3 * * *}")
    @Transactional
    public int removeExpiredEmailAddresses() {
        Instant before = Instant.now().atOffset(ZoneOffset.UTC).minus(properties.emailRetention()).toInstant();
        int removed = jdbc.sql("update report set email = null, email_consent = false where email is not null and received_at < ?")
                .param(java.sql.Timestamp.from(before)).update();
        log.recordAs("systeem", null, Processing.of("reports.retention", "report", null,
                "purpose.reports.retention", LegalBasis.OPERATION)
                .withDetailsKey("report.log.emailsRemoved", removed));
        return removed;
    }
}
