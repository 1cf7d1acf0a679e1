package nl.thuisbasis.trajectory.assessment;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.trajectory.domain.AssessmentRules.DomainScore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of life-domain assessments: one row per assessment and one per scored domain. */
@Repository
class AssessmentRepository {

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An assessment as stored, with its scores by domain code. */
    record Stored(UUID id, UUID instrumentId, LocalDate assessedOn, LocalDate periodFrom, String assessor,
            Map<String, DomainScore> scores) {
    }

    void insert(UUID id, UUID client, UUID instrument, LocalDate assessedOn, LocalDate periodFrom, String assessor,
            Map<String, DomainScore> scores) {
        jdbc.sql("""
                insert into life_domain_assessment (id, client_id, instrument_id, assessed_on, period_from, assessor)
                values (?, ?, ?, ?, ?, ?)
                """).params(id, client, instrument, Date.valueOf(assessedOn), Date.valueOf(periodFrom), assessor).update();
        scores.forEach((domain, s) -> {
            if (s.score() != null || s.target() != null || (s.note() != null && !s.note().isBlank())) {
                jdbc.sql("insert into life_domain_score (assessment_id, domain_code, score, target, note) values (?, ?, ?, ?, ?)")
                        .params(id, domain, s.score(), s.target(), s.note() == null || s.note().isBlank() ? null : s.note().strip())
                        .update();
            }
        });
    }

    /** A client's assessments, oldest first, each with its scores. */
    List<Stored> history(UUID client) {
        return withScores(jdbc.sql("""
                select id, instrument_id, assessed_on, period_from, assessor from life_domain_assessment
                where client_id = ? order by assessed_on, created_at
                """).param(client), "a.client_id = ?", client);
    }

    /** A client's latest assessment with its scores (what a support plan builds on), without reading the others. */
    java.util.Optional<Stored> latest(UUID client) {
        List<Stored> latest = withScores(jdbc.sql("""
                select id, instrument_id, assessed_on, period_from, assessor from life_domain_assessment
                where client_id = ? order by assessed_on desc, created_at desc limit 1
                """).param(client), "a.id = (select id from life_domain_assessment where client_id = ? "
                        + "order by assessed_on desc, created_at desc limit 1)", client);
        return latest.stream().findFirst();
    }

    /** The assessments the query finds, each with the scores of those {@code which} selects (one query each). */
    private List<Stored> withScores(JdbcClient.StatementSpec assessments, String which, UUID client) {
        Map<UUID, Stored> byId = new LinkedHashMap<>();
        assessments.query((rs, row) -> byId.put(rs.getObject("id", UUID.class), new Stored(
                        rs.getObject("id", UUID.class), rs.getObject("instrument_id", UUID.class),
                        rs.getDate("assessed_on").toLocalDate(), rs.getDate("period_from").toLocalDate(), rs.getString("assessor"),
                        new LinkedHashMap<>()))).list();
        if (byId.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                select s.assessment_id, s.domain_code, s.score, s.target, s.note from life_domain_score s
                join life_domain_assessment a on a.id = s.assessment_id where""" + " " + which).param(client).query((rs, row) -> {
                    Stored stored = byId.get(rs.getObject("assessment_id", UUID.class));
                    stored.scores().put(rs.getString("domain_code"), new DomainScore((Integer) rs.getObject("score"),
                            (Integer) rs.getObject("target"), rs.getString("note")));
                    return null;
                }).list();
        return new ArrayList<>(byId.values());
    }
}
