package nl.thuisbasis.reports.routing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.reports.domain.Routing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of routing rules. */
@Repository
class RoutingRuleRepository {

    private final JdbcClient jdbc;

    RoutingRuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored rule with who made it. */
    record Row(UUID id, Routing.Rule rule, String createdBy) {
    }

    List<Routing.Rule> all() {
        return jdbc.sql("select * from report_routing_rule").query((rs, n) -> rule(rs)).list();
    }

    /** The rules of one municipality, or all rules when {@code municipality} is null. */
    List<Row> list(String municipality) {
        return jdbc.sql("""
                select * from report_routing_rule where ?::varchar is null or municipality_code = ?
                order by municipality_code nulls first, facility_id nulls first, category nulls first""")
                .params(municipality, municipality)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rule(rs), rs.getString("created_by"))).list();
    }

    void insert(UUID id, Routing.Rule rule, String createdBy) {
        jdbc.sql("""
                insert into report_routing_rule (id, category, municipality_code, facility_id, target, contact, created_by)
                values (?, ?, ?, ?::uuid, ?, ?, ?)""")
                .params(id, rule.category(), rule.municipalityCode(), rule.facilityId(), rule.target().name(), rule.contact(),
                        createdBy)
                .update();
    }

    /** Removes a rule of one municipality (or any rule when {@code municipality} is null); false when there was none. */
    boolean delete(UUID id, String municipality) {
        return jdbc.sql("delete from report_routing_rule where id = ? and (?::varchar is null or municipality_code = ?)")
                .params(id, municipality, municipality).update() > 0;
    }

    private static Routing.Rule rule(ResultSet rs) throws SQLException {
        return new Routing.Rule(rs.getString("category"), rs.getString("municipality_code"), rs.getString("facility_id"),
                Routing.Target.valueOf(rs.getString("target")), rs.getString("contact"));
    }
}
