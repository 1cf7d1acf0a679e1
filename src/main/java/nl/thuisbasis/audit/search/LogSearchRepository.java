package nl.thuisbasis.audit.search;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.audit.ProcessingLogEntry;
import nl.thuisbasis.audit.ProcessingLogQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Searching the processing log, a page at a time, newest first. */
@Repository
public class LogSearchRepository {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;

    LogSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first {@code query.limit()} entries (1 to 1000) that match, newest first. */
    public List<ProcessingLogEntry> search(ProcessingLogQuery query) {
        return search(query, Math.clamp(query.limit(), 1, 1000), 0);
    }

    List<ProcessingLogEntry> search(ProcessingLogQuery query, int limit, int offset) {
        Filter filter = filter(query);
        List<Object> params = new ArrayList<>(filter.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select * from processing_log where true" + filter.sql() + " order by id desc limit ? offset ?")
                .params(params).query((rs, n) -> new ProcessingLogEntry(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("trace_id"), rs.getString("actor"),
                        rs.getString("actor_organisation"), rs.getString("action"), rs.getString("object_type"),
                        rs.getString("object_id"), rs.getString("purpose"), rs.getString("legal_basis"),
                        rs.getString("outcome"), rs.getString("details"))).list();
    }

    /** The actions and the kinds of record the log holds: the choices of the search form. */
    List<String> distinct(String column) {
        if (!column.equals("action") && !column.equals("object_type")) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("select distinct " + column + " from processing_log where " + column + " is not null order by 1")
                .query(String.class).list();
    }

    long count(ProcessingLogQuery query) {
        Filter filter = filter(query);
        return jdbc.sql("select count(*) from processing_log where true" + filter.sql()).params(filter.params())
                .query(Long.class).single();
    }

    private record Filter(String sql, List<Object> params) {
    }

    private static Filter filter(ProcessingLogQuery q) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (present(q.actor())) {
            sql.append(" and actor ilike ?");
            params.add("%" + q.actor().trim() + "%");
        }
        if (present(q.action())) {
            sql.append(" and action = ?");
            params.add(q.action().trim());
        }
        if (present(q.objectType())) {
            sql.append(" and object_type = ?");
            params.add(q.objectType().trim());
        }
        if (present(q.objectId())) {
            sql.append(" and object_id = ?");
            params.add(q.objectId().trim());
        }
        if (q.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(startOf(q.from()));
        }
        if (q.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(startOf(q.to().plusDays(1)));
        }
        return new Filter(sql.toString(), params);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(AMSTERDAM).toOffsetDateTime();
    }
}
