package nl.thuisbasis.outflow.signal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.domain.EarlySignals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Early signals with their steps, and the households they can be about, in SQL. */
@Repository
class SignalRepository {

    private final JdbcClient jdbc;

    SignalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A household housed through outflow: its (latest) agreement, still running or turned into a regular lease. */
    record Household(UUID tenancyId, UUID candidateId, String reference, String address, String municipalityCode,
            String corporationCode, String providerCode, LocalDate startsOn) {
    }

    /** A signal as its lists and page show it. */
    record Row(UUID id, UUID tenancyId, UUID candidateId, String reference, String address, String municipalityCode,
            String corporationCode, String providerCode, EarlySignals.Type type, Integer arrearsMonths, Integer arrearsCents,
            LocalDate receivedOn, int responseDays, LocalDate deadline, boolean repeat, int repeatWindowMonths, String note,
            String recordedBy, Instant recordedAt, EarlySignals.Outcome outcome, LocalDate outcomeOn, String outcomeNote,
            String outcomeBy, boolean responded, int version) {
    }

    /** Which signals a list shows: the viewer's own (by role), and the list's filters. */
    record Scope(Role role, String organisationCode, String municipalityCode) {
    }

    /** A list's filters: type, open or closed, the age band of open signals (as received-on bounds), one candidate. */
    record Filter(EarlySignals.Type type, Boolean open, LocalDate receivedFrom, LocalDate receivedUntil, UUID candidateId) {

        static final Filter NONE = new Filter(null, null, null, null, null);
    }

    // ---- households

    private static final String HOUSEHOLDS = """
            select distinct on (t.candidate_id) t.id, t.candidate_id, c.reference, v.address, t.municipality_code,
                t.corporation_code, t.provider_code, t.starts_on
            from tenancy t join candidate c on c.id = t.candidate_id join vacancy v on v.id = t.vacancy_id
            where (t.outcome is null or t.outcome <> 'ENDED')""";

    /** The households a corporation (its tenants) or a municipality (living there) may record a signal about. */
    List<Household> households(Scope scope, LocalDate today) {
        String where = switch (scope.role()) {
            case CORPORATION -> " and t.corporation_code = ?";
            case MUNICIPALITY -> " and t.municipality_code = ?";
            default -> null;
        };
        if (where == null) {
            return List.of();
        }
        String param = scope.role() == Role.CORPORATION ? scope.organisationCode() : String.valueOf(scope.municipalityCode());
        // a household that has not moved in yet has nothing to signal about
        return jdbc.sql("select * from (" + HOUSEHOLDS + where + " and t.starts_on <= ? order by t.candidate_id, t.starts_on desc) h "
                + "order by reference").params(param, today).query(SignalRepository::household).list();
    }

    Optional<Household> household(UUID tenancyId) {
        return jdbc.sql(HOUSEHOLDS + " and t.id = ?").param(tenancyId).query(SignalRepository::household).optional();
    }

    private static Household household(ResultSet rs, int n) throws SQLException {
        return new Household(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class), rs.getString("reference"),
                rs.getString("address"), rs.getString("municipality_code"), rs.getString("corporation_code"),
                rs.getString("provider_code"), rs.getObject("starts_on", LocalDate.class));
    }

    // ---- writing

    /** The days on which this household's earlier signals were received (locks the household's signals while recording). */
    List<LocalDate> receivedDays(UUID candidateId) {
        jdbc.sql("select id from candidate where id = ? for update").param(candidateId).query(UUID.class).list();
        return jdbc.sql("select received_on from early_signal where candidate_id = ?").param(candidateId)
                .query(LocalDate.class).list();
    }

    void insert(UUID id, Household h, EarlySignals.Draft d, int responseDays, LocalDate deadline, boolean repeat, int window,
            String note, String actor, Role role) {
        jdbc.sql("""
                insert into early_signal (id, tenancy_id, candidate_id, corporation_code, provider_code, municipality_code, type,
                    arrears_months, arrears_cents, received_on, response_days, deadline, repeat, repeat_window_months, note,
                    recorded_by, recorder_role) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, h.tenancyId(), h.candidateId(), h.corporationCode(), h.providerCode(), h.municipalityCode(),
                        d.type().name(), d.arrearsMonths(), d.arrearsCents(), d.receivedOn(), responseDays, deadline, repeat, window,
                        note, actor, role.name())
                .update();
    }

    /** Adds a step when the signal still has the version read and is open; false otherwise. */
    boolean addStep(UUID id, int version, EarlySignals.StepKind kind, LocalDate takenOn, String note, String actor) {
        int changed = jdbc.sql("update early_signal set version = version + 1 where id = ? and version = ? and outcome is null")
                .params(id, version).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("insert into early_signal_step (id, signal_id, kind, taken_on, note, recorded_by) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, kind.name(), takenOn, note, actor).update();
        return true;
    }

    /** Closes the signal when it still has the version read and is open; false otherwise. */
    boolean close(UUID id, int version, EarlySignals.Outcome outcome, LocalDate on, String note, String actor) {
        return jdbc.sql("""
                update early_signal set outcome = ?, outcome_on = ?, outcome_note = ?, outcome_by = ?, version = version + 1
                where id = ? and version = ? and outcome is null""")
                .params(outcome.name(), on, note, actor, id, version).update() == 1;
    }

    // ---- reading

    private static final String SELECT = """
            select s.*, c.reference, v.address,
                exists (select 1 from early_signal_step st where st.signal_id = s.id) as responded
            from early_signal s join candidate c on c.id = s.candidate_id join tenancy t on t.id = s.tenancy_id
                join vacancy v on v.id = t.vacancy_id""";

    Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(SignalRepository::row).optional();
    }

    /** One page of a list: open first (earliest deadline first), then closed (latest received first). */
    List<Row> list(Scope scope, Filter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, filter, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SELECT + where + """
                 order by (s.outcome is null) desc, case when s.outcome is null then s.deadline end, s.received_on desc, s.id
                limit ? offset ?""").params(params).query(SignalRepository::row).list();
    }

    int count(Scope scope, Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, filter, params);
        return jdbc.sql("select count(*) from early_signal s" + where).params(params).query(Integer.class).single();
    }

    /** The open signals of the scope per type and received day (the overview groups the days into age bands). */
    List<Map.Entry<EarlySignals.Type, LocalDate>> open(Scope scope) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, new Filter(null, true, null, null, null), params);
        return jdbc.sql("select s.type, s.received_on from early_signal s" + where).params(params)
                .query((rs, n) -> Map.entry(EarlySignals.Type.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class))).list();
    }

    /** The open signals of these candidacies of one provider, oldest first. */
    List<Row> openOf(String providerCode, Collection<UUID> candidateIds) {
        if (candidateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where s.provider_code = ? and s.outcome is null and s.candidate_id = any(?)"
                        + " order by s.received_on, s.id")
                .params(providerCode, candidateIds.toArray(UUID[]::new)).query(SignalRepository::row).list();
    }

    private static String where(Scope scope, Filter filter, List<Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        switch (scope.role()) {
            case CORPORATION -> {
                where.append(" and s.corporation_code = ?");
                params.add(scope.organisationCode());
            }
            case PROVIDER -> {
                where.append(" and s.provider_code = ?");
                params.add(scope.organisationCode());
            }
            case MUNICIPALITY -> {
                where.append(" and s.municipality_code = ?");
                params.add(String.valueOf(scope.municipalityCode()));
            }
            default -> throw new IllegalArgumentException("no signal list for " + scope.role());
        }
        if (filter.type() != null) {
            where.append(" and s.type = ?");
            params.add(filter.type().name());
        }
        if (filter.open() != null) {
            where.append(filter.open() ? " and s.outcome is null" : " and s.outcome is not null");
        }
        if (filter.receivedFrom() != null) {
            where.append(" and s.received_on >= ?");
            params.add(filter.receivedFrom());
        }
        if (filter.receivedUntil() != null) {
            where.append(" and s.received_on <= ?");
            params.add(filter.receivedUntil());
        }
        if (filter.candidateId() != null) {
            where.append(" and s.candidate_id = ?");
            params.add(filter.candidateId());
        }
        return where.toString();
    }

    /** The steps of signals, in order, per signal. */
    Map<UUID, List<SignalViews.Step>> steps(Collection<UUID> ids) {
        Map<UUID, List<SignalViews.Step>> steps = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return steps;
        }
        jdbc.sql("select * from early_signal_step where signal_id = any(?) order by taken_on, recorded_at")
                .param(ids.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("signal_id", UUID.class), new SignalViews.Step(
                        EarlySignals.StepKind.valueOf(rs.getString("kind")), rs.getObject("taken_on", LocalDate.class),
                        rs.getString("note"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant())))
                .list().forEach(e -> steps.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return steps;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("tenancy_id", UUID.class),
                rs.getObject("candidate_id", UUID.class), rs.getString("reference"), rs.getString("address"),
                rs.getString("municipality_code"), rs.getString("corporation_code"), rs.getString("provider_code"),
                EarlySignals.Type.valueOf(rs.getString("type")), (Integer) rs.getObject("arrears_months", Integer.class),
                (Integer) rs.getObject("arrears_cents", Integer.class), rs.getObject("received_on", LocalDate.class),
                rs.getInt("response_days"), rs.getObject("deadline", LocalDate.class), rs.getBoolean("repeat"),
                rs.getInt("repeat_window_months"), rs.getString("note"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("outcome") == null ? null : EarlySignals.Outcome.valueOf(rs.getString("outcome")),
                rs.getObject("outcome_on", LocalDate.class), rs.getString("outcome_note"), rs.getString("outcome_by"),
                rs.getBoolean("responded"), rs.getInt("version"));
    }
}
