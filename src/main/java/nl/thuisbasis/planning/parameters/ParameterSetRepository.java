package nl.thuisbasis.planning.parameters;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.planning.domain.HousingType;
import nl.thuisbasis.planning.domain.Parameter;
import nl.thuisbasis.planning.domain.ParameterKey;
import nl.thuisbasis.planning.domain.ParameterSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Parameter sets and their values in SQL; values are written once (a trigger forbids changing them). */
@Repository
class ParameterSetRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ParameterSetRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Saves a new version (the next number of the region) and returns its id. */
    UUID insert(String regionCode, UUID basedOn, String note, String createdBy, List<Parameter> parameters) {
        UUID id = UUID.randomUUID();
        jdbc.sql("select pg_advisory_xact_lock(hashtext('planning_parameter_set:' || ?))").param(regionCode).query().singleRow();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from planning_parameter_set where region_code = ?")
                .param(regionCode).query(Integer.class).single();
        jdbc.sql("insert into planning_parameter_set (id, region_code, version, based_on, note, created_by) values (?, ?, ?, ?, ?, ?)")
                .params(id, regionCode, version, basedOn, note, createdBy).update();
        List<Object[]> rows = new java.util.ArrayList<>();
        for (Parameter p : parameters) {
            rows.add(new Object[] {id, p.key().name(), p.scope(), p.type() == null ? "" : p.type().name(),
                    p.toType() == null ? "" : p.toType().name(), p.month() == null ? null : Date.valueOf(p.month().atDay(1)),
                    p.value(), p.source().name(), p.sourceText(), p.setBy(), p.reason(), rows.size()});
        }
        template.batchUpdate("""
                insert into planning_parameter (set_id, key, scope, housing_type, to_type, month, value, source, source_text,
                    set_by, reason, seq) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return id;
    }

    Optional<ParameterSet> find(UUID id) {
        return jdbc.sql("select * from planning_parameter_set where id = ?").param(id).query(this::set).optional();
    }

    Optional<ParameterSet> latest(String regionCode) {
        return jdbc.sql("select * from planning_parameter_set where region_code = ? order by version desc limit 1")
                .param(regionCode).query(this::set).optional();
    }

    /** The versions of a region, newest first, without their values. */
    List<ParameterSet> versions(String regionCode, int limit, int offset) {
        return jdbc.sql("select * from planning_parameter_set where region_code = ? order by version desc limit ? offset ?")
                .params(regionCode, limit, offset)
                .query((rs, n) -> header(rs, List.of())).list();
    }

    long countVersions(String regionCode) {
        return jdbc.sql("select count(*) from planning_parameter_set where region_code = ?").param(regionCode)
                .query(Long.class).single();
    }

    private ParameterSet set(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Parameter> values = jdbc.sql("select * from planning_parameter where set_id = ? order by seq").param(id)
                .query((r, i) -> new Parameter(ParameterKey.valueOf(r.getString("key")), r.getString("scope"),
                        type(r.getString("housing_type")), type(r.getString("to_type")),
                        r.getDate("month") == null ? null : YearMonth.from(r.getDate("month").toLocalDate()),
                        r.getDouble("value"), ParameterSource.valueOf(r.getString("source")), r.getString("source_text"),
                        r.getString("set_by"), r.getString("reason")))
                .list();
        return header(rs, values);
    }

    private static ParameterSet header(ResultSet rs, List<Parameter> values) throws SQLException {
        return new ParameterSet(rs.getObject("id", UUID.class), rs.getString("region_code"), rs.getInt("version"),
                rs.getObject("based_on", UUID.class), rs.getString("note"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), values);
    }

    private static HousingType type(String name) {
        return name == null || name.isEmpty() ? null : HousingType.valueOf(name);
    }
}
