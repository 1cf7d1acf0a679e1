package nl.thuisbasis.planning.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.planning.domain.HousingType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Runs and their results in SQL; results are written once (a trigger forbids changing them). */
@Repository
class RunRepository {

    private static final String SELECT = """
            select r.*, s.version as set_version from planning_run r join planning_parameter_set s on s.id = r.set_id""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RunRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insert(Run run) {
        Scenario s = run.scenario();
        jdbc.sql("""
                insert into planning_run (id, region_code, set_id, name, stay_factor, inflow_factor, outside_inflow, delay_months,
                    seed, runs, first_year, years, status, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?)""")
                .params(run.id(), run.regionCode(), run.setId(), s.name(), s.stayFactor(), s.inflowFactor(),
                        s.outsideInflowPerYear(), s.delayMonths(), run.seed(), run.runs(), run.firstYear(), run.years(),
                        run.createdBy())
                .update();
    }

    void progress(UUID id, int runsDone) {
        jdbc.sql("update planning_run set runs_done = ? where id = ? and status = 'RUNNING'").params(runsDone, id).update();
    }

    void finish(UUID id, Run.RunStatus status, double seconds) {
        jdbc.sql("update planning_run set status = ?, seconds = ?, finished_at = now(), runs_done = case when ? = 'DONE' then runs else runs_done end where id = ?")
                .params(status.name(), seconds, status.name(), id).update();
    }

    /** Runs left RUNNING by a stopped server cannot finish: they are marked failed. */
    int failUnfinished() {
        return jdbc.sql("update planning_run set status = 'FAILED', finished_at = now() where status = 'RUNNING'").update();
    }

    void insertResults(UUID runId, List<ResultRow> rows) {
        template.batchUpdate("""
                insert into planning_result (run_id, scope, housing_type, year, demand_p10, demand_p50, demand_p90, demand_mean,
                    deterministic, waiting_p50, waiting_p90, supply) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows.stream().map(r -> new Object[] {runId, r.scope(), r.type().name(), r.year(), r.demandP10(), r.demandP50(),
                        r.demandP90(), r.demandMean(), r.deterministic(), r.waitingP50(), r.waitingP90(), r.supply()}).toList());
    }

    Optional<Run> find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(RunRepository::run).optional();
    }

    List<Run> list(String regionCode, int limit, int offset) {
        return jdbc.sql(SELECT + " where r.region_code = ? order by r.created_at desc, r.id limit ? offset ?")
                .params(regionCode, limit, offset).query(RunRepository::run).list();
    }

    long count(String regionCode) {
        return jdbc.sql("select count(*) from planning_run where region_code = ?").param(regionCode).query(Long.class).single();
    }

    /** Results of a run, optionally of one scope ("" = region) and type, by scope, type and year; paged. */
    List<ResultRow> results(UUID runId, String scope, HousingType type, int limit, int offset) {
        return jdbc.sql("""
                select * from planning_result where run_id = ? and (?::text is null or scope = ?) and (?::text is null or housing_type = ?)
                order by scope, housing_type, year limit ? offset ?""")
                .params(runId, scope, scope, type == null ? null : type.name(), type == null ? null : type.name(), limit, offset)
                .query((rs, n) -> row(rs)).list();
    }

    List<ResultRow> resultsOfYear(UUID runId, int year) {
        return jdbc.sql("select * from planning_result where run_id = ? and year = ? order by scope, housing_type")
                .params(runId, year).query((rs, n) -> row(rs)).list();
    }

    long countResults(UUID runId, String scope, HousingType type) {
        return jdbc.sql("""
                select count(*) from planning_result where run_id = ? and (?::text is null or scope = ?)
                and (?::text is null or housing_type = ?)""")
                .params(runId, scope, scope, type == null ? null : type.name(), type == null ? null : type.name())
                .query(Long.class).single();
    }

    private static ResultRow row(ResultSet rs) throws SQLException {
        return new ResultRow(rs.getString("scope"), HousingType.valueOf(rs.getString("housing_type")), rs.getInt("year"),
                rs.getDouble("demand_p10"), rs.getDouble("demand_p50"), rs.getDouble("demand_p90"), rs.getDouble("demand_mean"),
                rs.getDouble("deterministic"), rs.getDouble("waiting_p50"), rs.getDouble("waiting_p90"), rs.getDouble("supply"));
    }

    private static Run run(ResultSet rs, int n) throws SQLException {
        return new Run(rs.getObject("id", UUID.class), rs.getString("region_code"), rs.getObject("set_id", UUID.class),
                rs.getInt("set_version"), new Scenario(rs.getString("name"), rs.getDouble("stay_factor"),
                        rs.getDouble("inflow_factor"), rs.getDouble("outside_inflow"), rs.getInt("delay_months")),
                rs.getLong("seed"), rs.getInt("runs"), rs.getInt("first_year"), rs.getInt("years"),
                Run.RunStatus.valueOf(rs.getString("status")), rs.getInt("runs_done"),
                rs.getObject("seconds") == null ? null : rs.getDouble("seconds"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant());
    }
}
