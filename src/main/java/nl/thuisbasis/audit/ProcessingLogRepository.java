package nl.thuisbasis.audit;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Insert and search: the only two things the application does with the processing log. */
@Repository
class ProcessingLogRepository {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

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

    List<ProcessingLogEntry> search(ProcessingLogQuery q) {
        StringBuilder sql = new StringBuilder("select * from processing_log where true");
        List<Object> params = new ArrayList<>();
        if (q.actor() != null && !q.actor().isBlank()) {
            sql.append(" and actor ilike ?");
            params.add("%" + q.actor().trim() + "%");
        }
        if (q.action() != null && !q.action().isBlank()) {
            sql.append(" and action = ?");
            params.add(q.action().trim());
        }
        if (q.objectType() != null && !q.objectType().isBlank()) {
            sql.append(" and object_type = ?");
            params.add(q.objectType().trim());
        }
        if (q.objectId() != null && !q.objectId().isBlank()) {
            sql.append(" and object_id = ?");
            params.add(q.objectId().trim());
        }
        if (q.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(q.from().atStartOfDay(AMSTERDAM).toOffsetDateTime());
        }
        if (q.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(q.to().plusDays(1).atStartOfDay(AMSTERDAM).toOffsetDateTime());
        }
        sql.append(" order by id desc limit ?");
        params.add(Math.clamp(q.limit(), 1, 1000));
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new ProcessingLogEntry(rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("trace_id"), rs.getString("actor"),
                rs.getString("actor_organisation"), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("purpose"), rs.getString("legal_basis"),
                rs.getString("outcome"), rs.getString("details"))).list();
    }
}
