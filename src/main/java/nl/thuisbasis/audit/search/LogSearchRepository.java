package nl.thuisbasis.audit.search;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.audit.ProcessingLogEntry;
import nl.thuisbasis.audit.ProcessingLogQuery;
import org.springframework.jdbc.core.RowMapper;
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

    private static final RowMapper<ProcessingLogEntry> ENTRY = (rs, n) -> new ProcessingLogEntry(rs.getLong("id"),
            rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("trace_id"), rs.getString("actor"),
            rs.getString("actor_organisation"), rs.getString("action"), rs.getString("object_type"),
            rs.getString("object_id"), rs.getString("purpose"), rs.getString("legal_basis"), rs.getString("outcome"),
            rs.getString("details"), rs.getString("operation_id"), rs.getString("parent_operation_id"),
            rs.getObject("started_at", OffsetDateTime.class), rs.getObject("ended_at", OffsetDateTime.class),
            rs.getString("activity_code"), (Integer) rs.getObject("activity_version"), rs.getString("subject_ref"));

    /**
     * One data subject's entries, newest first: those under their pseudonym, and those written before the log kept
     * pseudonyms (migration V32), which have the subject's id instead. The subject search of the log page and the
     * client's overview both come here; bench/processing-log.sh measures this statement.
     */
    public static final String SUBJECT_SQL = """
            select * from processing_log
            where subject_ref = ? or (subject_ref is null and object_type = ? and object_id = ?)
            order by occurred_at desc, id desc limit ?
            """;

    /** The first {@code query.limit()} entries (1 to 1000) that match, newest first. */
    public List<ProcessingLogEntry> search(ProcessingLogQuery query) {
        return search(query, Math.clamp(query.limit(), 1, 1000), 0);
    }

    /** A subject's newest entries (see {@link #SUBJECT_SQL}). */
    public List<ProcessingLogEntry> ofSubject(Subject subject, int limit) {
        return jdbc.sql(SUBJECT_SQL).params(subject.pseudonym(), subject.type(), subject.id(), limit).query(ENTRY).list();
    }

    /** A data subject: kind and id as the modules know them, and the pseudonym the log keeps. */
    public record Subject(String type, String id, String pseudonym) {
    }

    List<ProcessingLogEntry> search(ProcessingLogQuery query, int limit, int offset) {
        Filter filter = filter(query);
        List<Object> params = new ArrayList<>(filter.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select * from processing_log where true" + filter.sql() + " order by id desc limit ? offset ?")
                .params(params).query(ENTRY).list();
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
        if (q.namesSubject() && present(q.subjectRef())) {
            // the subject's pseudonym, or their id on an entry from before the log kept pseudonyms
            sql.append(" and (subject_ref = ? or (subject_ref is null and object_id = ?))");
            params.add(q.subjectRef().trim());
            params.add(q.objectId().trim());
        } else {
            if (present(q.objectId())) {
                sql.append(" and object_id = ?");
                params.add(q.objectId().trim());
            }
            if (present(q.subjectRef())) {
                sql.append(" and subject_ref = ?");
                params.add(q.subjectRef().trim().toLowerCase(java.util.Locale.ROOT));
            }
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
