package nl.thuisbasis.trajectory.client;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.Phase;
import nl.thuisbasis.trajectory.domain.TargetHousing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of clients, their trajectory and its phase history. */
@Repository
class ClientRepository {

    private final JdbcClient jdbc;

    ClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean numberTaken(String providerCode, String clientNumber, UUID self) {
        return jdbc.sql("select count(*) from trajectory_client where provider_code = ? and lower(client_number) = lower(?) "
                + "and (?::uuid is null or id <> ?::uuid)").params(providerCode, clientNumber, self, self)
                .query(Long.class).single() > 0;
    }

    void insert(UUID id, String providerCode, ClientRules.Draft d, Phase phase, LocalDate since, String by) {
        jdbc.sql("""
                insert into trajectory_client (id, provider_code, client_number, name, birth_date, target_housing,
                    preferred_municipality, origin_municipality, origin_reason, facility_id, key_worker, stand_in, phase,
                    phase_since, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid, ?, ?, ?, ?, ?)
                """).params(id, providerCode, d.clientNumber().strip(), d.name().strip(), Date.valueOf(d.birthDate()),
                d.targetHousing() == null ? null : d.targetHousing().name(), blankToNull(d.preferredMunicipality()),
                blankToNull(d.originMunicipality()), blankToNull(d.originReason()), blankToNull(d.facilityId()),
                d.keyWorker(), blankToNull(d.standIn()), phase.name(), Date.valueOf(since), by).update();
        addPhase(id, phase, since, null, by);
    }

    void addPhase(UUID client, Phase phase, LocalDate since, String note, String by) {
        jdbc.sql("insert into trajectory_phase (id, client_id, phase, since, note, changed_by) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), client, phase.name(), Date.valueOf(since), note, by).update();
    }

    /** Moves the client to another phase if the version is still the one read; false when it is not. */
    boolean changePhase(UUID id, int version, Phase phase, LocalDate since) {
        return jdbc.sql("update trajectory_client set phase = ?, phase_since = ?, version = version + 1 where id = ? and version = ?")
                .params(phase.name(), Date.valueOf(since), id, version).update() == 1;
    }

    Optional<ClientView> find(UUID id) {
        return jdbc.sql("select * from trajectory_client where id = ?").param(id).query(ClientRepository::view).optional();
    }

    Optional<ClientView> findByNumber(String providerCode, String clientNumber) {
        return jdbc.sql("select * from trajectory_client where provider_code = ? and lower(client_number) = lower(?)")
                .params(providerCode, clientNumber).query(ClientRepository::view).optional();
    }

    List<PhaseStep> phases(UUID id) {
        return jdbc.sql("select phase, since, note, changed_by from trajectory_phase where client_id = ? order by since desc, changed_at desc")
                .param(id).query((rs, row) -> new PhaseStep(Phase.valueOf(rs.getString("phase")),
                        rs.getDate("since").toLocalDate(), rs.getString("note"), rs.getString("changed_by"))).list();
    }

    /** What a caseload lists: whose clients (null: the whole team), in which phase, only those with work overdue. */
    private static final String CASELOAD = """
            from trajectory_client c
            cross join lateral (select
              (select count(*) from support_action a where a.client_id = c.id and a.status in ('PLANNED', 'IN_PROGRESS')
                 and a.due_on < :today) as overdue_actions,
              (select min(e.planned_on) from support_evaluation e where e.client_id = c.id and e.held_on is null) as next_evaluation,
              case when c.facility_id is not null and c.phase in ('INTAKE', 'IN_FACILITY', 'PREPARING_OUTFLOW') then coalesce(
                (select max(p.since) from trajectory_phase p where p.client_id = c.id and p.phase = 'IN_FACILITY'),
                cast(c.created_at as date)) end as facility_since) w
            where c.provider_code = :provider
              and (cast(:keyWorker as text) is null or c.key_worker = :keyWorker or c.stand_in = :keyWorker)
              and (cast(:phase as text) is null or c.phase = :phase)
              and (not :overdue or w.overdue_actions > 0 or w.next_evaluation < :today)
            """;

    /** A page of a provider's clients (of one key worker, or the whole team), with their work, in the order asked. */
    List<Clients.Entry> caseload(String providerCode, Clients.CaseloadQuery q, LocalDate today, int offset, int limit) {
        String order = switch (q.order()) {
            case NAME -> "lower(c.name)";
            case NEXT_EVALUATION -> "w.next_evaluation nulls last";
            case OVERDUE -> "w.overdue_actions desc";
            case DAYS_IN_FACILITY -> "w.facility_since nulls last";
        };
        return caseloadParams(jdbc.sql("select c.*, w.overdue_actions, w.next_evaluation, w.facility_since " + CASELOAD
                + " order by " + order + ", lower(c.name), c.id limit :limit offset :offset"), providerCode, q, today)
                .param("limit", limit).param("offset", offset)
                .query((rs, row) -> {
                    LocalDate since = rs.getObject("facility_since", LocalDate.class);
                    return new Clients.Entry(view(rs, row), rs.getInt("overdue_actions"),
                            rs.getObject("next_evaluation", LocalDate.class),
                            since == null ? null : (int) java.time.temporal.ChronoUnit.DAYS.between(since, today));
                }).list();
    }

    long countCaseload(String providerCode, Clients.CaseloadQuery q, LocalDate today) {
        return caseloadParams(jdbc.sql("select count(*) " + CASELOAD), providerCode, q, today).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec caseloadParams(JdbcClient.StatementSpec spec, String providerCode,
            Clients.CaseloadQuery q, LocalDate today) {
        return spec.param("today", Date.valueOf(today)).param("provider", providerCode).param("keyWorker", q.keyWorker())
                .param("phase", q.phase() == null ? null : q.phase().name()).param("overdue", q.overdueOnly());
    }

    static ClientView view(ResultSet rs, int row) throws SQLException {
        String housing = rs.getString("target_housing");
        return new ClientView(rs.getObject("id", UUID.class), rs.getString("provider_code"), rs.getString("client_number"),
                rs.getString("name"), rs.getDate("birth_date").toLocalDate(), housing == null ? null : TargetHousing.valueOf(housing),
                rs.getString("preferred_municipality"), rs.getString("origin_municipality"), rs.getString("origin_reason"),
                rs.getObject("facility_id", UUID.class), rs.getString("key_worker"), rs.getString("stand_in"),
                Phase.valueOf(rs.getString("phase")), rs.getDate("phase_since").toLocalDate(),
                rs.getObject("candidate_id", UUID.class), rs.getInt("version"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
