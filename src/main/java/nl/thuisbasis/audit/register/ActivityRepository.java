package nl.thuisbasis.audit.register;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register's versions: only ever added, the highest version of a code is the current one. */
@Repository
class ActivityRepository {

    private static final RowMapper<ProcessingActivity> ROW = (rs, n) -> new ProcessingActivity(rs.getString("code"),
            rs.getInt("version"), rs.getString("name_nl"), rs.getString("name_en"), rs.getString("purpose_nl"),
            rs.getString("purpose_en"), rs.getString("legal_basis"), rs.getString("data_categories"),
            rs.getString("data_subjects"), rs.getInt("retention_months"), rs.getString("action_prefixes"),
            rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current version of every activity, by code. */
    List<ProcessingActivity> current() {
        return jdbc.sql("select distinct on (code) * from processing_activity order by code, version desc").query(ROW).list();
    }

    Optional<ProcessingActivity> current(String code) {
        return jdbc.sql("select * from processing_activity where code = ? order by version desc limit 1").param(code)
                .query(ROW).optional();
    }

    /** Every version of an activity, newest first. */
    List<ProcessingActivity> history(String code) {
        return jdbc.sql("select * from processing_activity where code = ? order by version desc").param(code).query(ROW).list();
    }

    /**
     * Adds a version; false when another one with that number came first (the primary key refuses it), so that two
     * admins changing the same version cannot both win.
     */
    boolean add(ProcessingActivity a) {
        return jdbc.sql("""
                insert into processing_activity (code, version, name_nl, name_en, purpose_nl, purpose_en, legal_basis,
                    data_categories, data_subjects, retention_months, action_prefixes, changed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (code, version) do nothing
                """).params(a.code(), a.version(), a.nameNl(), a.nameEn(), a.purposeNl(), a.purposeEn(), a.legalBasis(),
                a.dataCategories(), a.dataSubjects(), a.retentionMonths(), a.actionPrefixes(), a.changedBy()).update() == 1;
    }
}
