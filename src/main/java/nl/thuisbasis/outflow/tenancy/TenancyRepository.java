package nl.thuisbasis.outflow.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tenancy-with-care agreements with their evaluations and outcomes, in SQL. */
@Repository
class TenancyRepository {

    private final JdbcClient jdbc;

    TenancyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An agreement as its steps need it. */
    record Row(UUID id, UUID candidateId, String corporationCode, String providerCode, LocalDate startsOn, LocalDate endsOn,
            Tenancies.Outcome outcome) {
    }

    /** An agreement as a list shows it, with the tenant's reference and the dwelling's address. */
    record Listed(UUID id, UUID offerId, UUID candidateId, String reference, UUID vacancyId, String address, String municipalityCode,
            String corporationCode, String providerCode, LocalDate startsOn, LocalDate endsOn, Tenancies.Outcome outcome,
            Tenancies.EndReason endReason, LocalDate outcomeOn, int version) {
    }

    // ---- the agreement and its steps

    void insert(UUID id, UUID offerId, UUID candidateId, UUID vacancyId, String corporationCode, String providerCode,
            LocalDate startsOn, LocalDate endsOn) {
        String municipality = jdbc.sql("select municipality_code from vacancy where id = ?").param(vacancyId)
                .query(String.class).single();
        jdbc.sql("""
                insert into tenancy (id, offer_id, candidate_id, vacancy_id, corporation_code, provider_code, municipality_code,
                    starts_on, agreed_ends_on, ends_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, offerId, candidateId, vacancyId, corporationCode, providerCode, municipality, startsOn, endsOn, endsOn)
                .update();
    }

    void addEvaluation(UUID tenancy, int month, LocalDate due) {
        jdbc.sql("insert into tenancy_evaluation (tenancy_id, month, due_on) values (?, ?, ?) on conflict do nothing")
                .params(tenancy, month, due).update();
    }

    /** The agreement, locked for the rest of the transaction. */
    Optional<Row> lock(UUID id) {
        return jdbc.sql("select * from tenancy where id = ? for update").param(id)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
                        rs.getString("corporation_code"), rs.getString("provider_code"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getString("outcome") == null ? null : Tenancies.Outcome.valueOf(rs.getString("outcome"))))
                .optional();
    }

    /**
     * The evaluation moment of the agreement, locked (two people recording the same evaluation at once cannot both
     * write it): empty when there is no such moment, else the day it was held (empty when not yet).
     */
    Optional<Optional<LocalDate>> lockEvaluation(UUID id, int month) {
        return jdbc.sql("select held_on from tenancy_evaluation where tenancy_id = ? and month = ? for update")
                .params(id, month).query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class))).optional();
    }

    void recordEvaluation(UUID id, int month, LocalDate heldOn, String summary, String actor) {
        jdbc.sql("""
                update tenancy_evaluation set held_on = ?, summary = ?, recorded_by = ?, recorded_at = now()
                where tenancy_id = ? and month = ?""")
                .params(heldOn, summary, actor, id, month).update();
        jdbc.sql("update tenancy set version = version + 1 where id = ?").param(id).update();
    }

    void recordOutcome(UUID id, Tenancies.Outcome outcome, Tenancies.EndReason endReason, LocalDate decidedOn, String note,
            String actor, LocalDate endsOn) {
        jdbc.sql("""
                update tenancy set outcome = ?, end_reason = ?, outcome_on = ?, outcome_note = ?, outcome_by = ?, ends_on = ?,
                    version = version + 1 where id = ?""")
                .params(outcome.name(), endReason == null ? null : endReason.name(), decidedOn, note, actor, endsOn, id).update();
        jdbc.sql("""
                insert into tenancy_outcome (id, tenancy_id, outcome, end_reason, decided_on, note, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id, outcome.name(), endReason == null ? null : endReason.name(), decidedOn, note, actor)
                .update();
    }

    String decidingMunicipality(UUID candidateId) {
        return jdbc.sql("select deciding_municipality from candidate where id = ?").param(candidateId).query(String.class).single();
    }

    // ---- reading

    /** Which agreements a list shows: the viewer's own (by role), optionally of one candidate. */
    record Scope(Role role, String organisationCode, String municipalityCode, UUID candidateId) {
    }

    /** How many agreements a list has, and how many of them have an evaluation overdue. */
    record Counts(int total, int overdue) {
    }

    private static final String SELECT = """
            select t.*, c.reference, c.deciding_municipality, v.address from tenancy t
            join candidate c on c.id = t.candidate_id join vacancy v on v.id = t.vacancy_id""";

    /** The agreements of a list, the latest start first: one page. */
    List<Listed> list(Scope scope, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SELECT + where + " order by t.starts_on desc, t.id limit ? offset ?").params(params)
                .query(TenancyRepository::listed).list();
    }

    Counts count(Scope scope, LocalDate today) {
        List<Object> params = new ArrayList<>();
        params.add(today);
        String where = where(scope, params);
        return jdbc.sql("""
                select count(*), count(*) filter (where exists (select 1 from tenancy_evaluation e where e.tenancy_id = t.id
                    and e.held_on is null and e.due_on < ?))
                from tenancy t join candidate c on c.id = t.candidate_id""" + where)
                .params(params).query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2))).single();
    }

    Optional<Listed> find(UUID id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query(TenancyRepository::listed).optional();
    }

    private static String where(Scope scope, List<Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (scope.candidateId() != null) {
            where.append(" and t.candidate_id = ?");
            params.add(scope.candidateId());
        }
        switch (scope.role()) {
            case CORPORATION -> {
                where.append(" and t.corporation_code = ?");
                params.add(scope.organisationCode());
            }
            case PROVIDER -> {
                where.append(" and t.provider_code = ?");
                params.add(scope.organisationCode());
            }
            case MUNICIPALITY -> {
                where.append(" and c.deciding_municipality = ?");
                params.add(String.valueOf(scope.municipalityCode()));
            }
            default -> throw new IllegalArgumentException("no agreement list for " + scope.role());
        }
        return where.toString();
    }

    private static Listed listed(ResultSet rs, int n) throws SQLException {
        return new Listed(rs.getObject("id", UUID.class), rs.getObject("offer_id", UUID.class), rs.getObject("candidate_id", UUID.class),
                rs.getString("reference"), rs.getObject("vacancy_id", UUID.class), rs.getString("address"),
                rs.getString("municipality_code"), rs.getString("corporation_code"), rs.getString("provider_code"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("outcome") == null ? null : Tenancies.Outcome.valueOf(rs.getString("outcome")),
                rs.getString("end_reason") == null ? null : Tenancies.EndReason.valueOf(rs.getString("end_reason")),
                rs.getObject("outcome_on", LocalDate.class), rs.getInt("version"));
    }

    List<Tenancies.Evaluation> evaluations(UUID id, LocalDate today) {
        return jdbc.sql("select * from tenancy_evaluation where tenancy_id = ? order by month").param(id)
                .query((r, n) -> new Tenancies.Evaluation(r.getInt("month"), r.getObject("due_on", LocalDate.class),
                        r.getObject("held_on", LocalDate.class), r.getString("summary"), r.getString("recorded_by"),
                        r.getObject("held_on") == null && r.getObject("due_on", LocalDate.class).isBefore(today)))
                .list();
    }

    List<Tenancies.OutcomeRecord> outcomes(UUID id) {
        return jdbc.sql("select * from tenancy_outcome where tenancy_id = ? order by decided_on, recorded_at")
                .param(id).query((r, n) -> new Tenancies.OutcomeRecord(Tenancies.Outcome.valueOf(r.getString("outcome")),
                        r.getString("end_reason") == null ? null : Tenancies.EndReason.valueOf(r.getString("end_reason")),
                        r.getObject("decided_on", LocalDate.class), r.getString("note"), r.getString("recorded_by"),
                        r.getTimestamp("recorded_at").toInstant())).list();
    }
}
