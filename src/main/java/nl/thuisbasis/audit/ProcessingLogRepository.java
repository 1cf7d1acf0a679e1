package nl.thuisbasis.audit;

import java.time.OffsetDateTime;
import nl.thuisbasis.audit.register.ActivityRegister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appending entries: the only change the application ever makes to the processing log (search: audit.search). */
@Repository
class ProcessingLogRepository {

    /** What is stored of one processing, beside its actor and trace. */
    record Row(Processing processing, String objectId, String subjectRef, ActivityRegister.Ref activity) {
    }

    private final JdbcClient jdbc;

    ProcessingLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(TraceContext trace, OffsetDateTime endedAt, String actor, String organisation, Row row) {
        Processing p = row.processing();
        jdbc.sql("""
                insert into processing_log (trace_id, operation_id, parent_operation_id, started_at, ended_at, actor,
                                            actor_organisation, action, object_type, object_id, subject_ref,
                                            activity_code, activity_version, purpose, legal_basis, outcome, details)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(trace.traceId(), trace.operationId(), trace.parentOperationId(), trace.startedAt(), endedAt,
                actor, organisation, p.action(), p.objectType(), row.objectId(), row.subjectRef(),
                row.activity() == null ? null : row.activity().code(),
                row.activity() == null ? null : row.activity().version(), p.purpose(), p.legalBasis(),
                p.outcome().name(), p.details()).update();
    }
}
