package nl.thuisbasis.reports.template;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of reply templates: shared ones have no organisation. */
@Repository
class ReplyTemplateRepository {

    private final JdbcClient jdbc;

    ReplyTemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The shared templates and those of one organisation. */
    List<ReplyTemplates.Template> forOrganisation(String organisationCode) {
        return jdbc.sql("""
                select * from reply_template where organisation_code is null or organisation_code = ?
                order by organisation_code nulls first, title""")
                .param(organisationCode)
                .query((rs, n) -> template(rs)).list();
    }

    /** A shared template or one of the organisation's own; empty for any other. */
    Optional<ReplyTemplates.Template> visible(UUID id, String organisationCode) {
        return jdbc.sql("select * from reply_template where id = ? and (organisation_code is null or organisation_code = ?)")
                .params(id, organisationCode)
                .query((rs, n) -> template(rs)).optional();
    }

    void insert(UUID id, String organisationCode, String title, String body, String status, String createdBy) {
        jdbc.sql("insert into reply_template (id, organisation_code, title, body, status, created_by) values (?, ?, ?, ?, ?, ?)")
                .params(id, organisationCode, title, body, status, createdBy).update();
    }

    private static ReplyTemplates.Template template(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ReplyTemplates.Template(rs.getObject("id", UUID.class), rs.getString("organisation_code"),
                rs.getString("title"), rs.getString("body"), rs.getString("status"));
    }

    boolean delete(UUID id, String organisationCode) {
        return jdbc.sql("delete from reply_template where id = ? and organisation_code = ?").params(id, organisationCode)
                .update() > 0;
    }
}
