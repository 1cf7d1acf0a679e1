package nl.thuisbasis.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appending entries: the only change the application ever makes to the processing log (search: audit.search). */
@Repository
class ProcessingLogRepository {

    private final JdbcClient jdbc;

    ProcessingLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(String traceId, String actor, String organisation, Processing p) {
        jdbc.sql("""
                insert into processing_log (trace_id, actor, actor_organisation, action, object_type, object_id,
                                            purpose, legal_basis, outcome, details)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(traceId, actor, organisation, p.action(), p.objectType(), p.objectId(), p.purpose(),
                p.legalBasis(), p.outcome().name(), p.details()).update();
    }

    void appendAll(String traceId, String actor, String organisation, List<Processing> processings) {
        for (Processing p : processings) {
            append(traceId, actor, organisation, p);
        }
    }
}
