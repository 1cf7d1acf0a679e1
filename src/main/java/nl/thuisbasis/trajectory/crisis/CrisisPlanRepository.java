package nl.thuisbasis.trajectory.crisis;

import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.trajectory.domain.CrisisPhase;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.Arrangements;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.Contact;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.Draft;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.PhasePlan;
import nl.thuisbasis.trajectory.domain.CrisisPlanRules.Risk;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of crisis plans: one row per plan, its phases, their contacts and its risk factors; a save replaces the rows. */
@Repository
class CrisisPlanRepository {

    private final JdbcClient jdbc;

    CrisisPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CrisisPlanView> find(UUID client) {
        Optional<CrisisPlanView> plan = jdbc.sql("""
                select agreed_on, post, pets, keys, other, changed_by, changed_at, version from crisis_plan where client_id = ?
                """).param(client).query((rs, row) -> new CrisisPlanView(client, rs.getDate("agreed_on").toLocalDate(),
                        List.of(), new Arrangements(rs.getString("post"), rs.getString("pets"), rs.getString("keys"),
                                rs.getString("other")), List.of(), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant(), rs.getInt("version"))).optional();
        if (plan.isEmpty()) {
            return plan;
        }
        Map<CrisisPhase, List<Contact>> contacts = new EnumMap<>(CrisisPhase.class);
        jdbc.sql("select phase, name, role, phone from crisis_plan_contact where client_id = ? order by phase, position")
                .param(client).query((rs, row) -> contacts.computeIfAbsent(CrisisPhase.valueOf(rs.getString("phase")),
                        p -> new ArrayList<>()).add(new Contact(rs.getString("name"), rs.getString("role"), rs.getString("phone"))))
                .list();
        Map<CrisisPhase, PhasePlan> phases = new EnumMap<>(CrisisPhase.class);
        jdbc.sql("select phase, signals, client_does, others_do from crisis_plan_phase where client_id = ?").param(client)
                .query((rs, row) -> {
                    CrisisPhase phase = CrisisPhase.valueOf(rs.getString("phase"));
                    return phases.put(phase, new PhasePlan(phase, rs.getString("signals"), rs.getString("client_does"),
                            rs.getString("others_do"), List.copyOf(contacts.getOrDefault(phase, List.of()))));
                }).list();
        List<PhasePlan> ordered = new ArrayList<>();
        for (CrisisPhase phase : CrisisPhase.values()) {
            ordered.add(phases.getOrDefault(phase, PhasePlan.empty(phase)));
        }
        List<Risk> risks = jdbc.sql("select risk, agreement from crisis_plan_risk where client_id = ? order by position")
                .param(client).query((rs, row) -> new Risk(rs.getString("risk"), rs.getString("agreement"))).list();
        CrisisPlanView p = plan.get();
        return Optional.of(new CrisisPlanView(client, p.agreedOn(), ordered, p.arrangements(), risks, p.changedBy(),
                p.changedAt(), p.version()));
    }

    /** A first plan; false when another was stored in the meantime. */
    boolean insert(UUID client, Draft d, String by) {
        Arrangements a = d.arrangements();
        int inserted = jdbc.sql("""
                insert into crisis_plan (client_id, agreed_on, made_with_client, post, pets, keys, other, changed_by)
                values (?, ?, true, ?, ?, ?, ?, ?) on conflict (client_id) do nothing
                """).params(client, Date.valueOf(d.agreedOn()), a.post(), a.pets(), a.keys(), a.other(), by).update();
        if (inserted == 0) {
            return false;
        }
        insertRows(client, d);
        return true;
    }

    /** A change of the plan with the version that was read; false when that is no longer the current version. */
    boolean update(UUID client, int version, Draft d, String by) {
        Arrangements a = d.arrangements();
        int updated = jdbc.sql("""
                update crisis_plan set agreed_on = ?, made_with_client = true, post = ?, pets = ?, keys = ?, other = ?,
                changed_by = ?, changed_at = now(), version = version + 1 where client_id = ? and version = ?
                """).params(Date.valueOf(d.agreedOn()), a.post(), a.pets(), a.keys(), a.other(), by, client, version).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from crisis_plan_contact where client_id = ?").param(client).update();
        jdbc.sql("delete from crisis_plan_phase where client_id = ?").param(client).update();
        jdbc.sql("delete from crisis_plan_risk where client_id = ?").param(client).update();
        insertRows(client, d);
        return true;
    }

    private void insertRows(UUID client, Draft d) {
        for (PhasePlan p : d.phases()) {
            jdbc.sql("insert into crisis_plan_phase (client_id, phase, signals, client_does, others_do) values (?, ?, ?, ?, ?)")
                    .params(client, p.phase().name(), p.signals(), p.clientDoes(), p.othersDo()).update();
            for (int i = 0; i < p.contacts().size(); i++) {
                Contact c = p.contacts().get(i);
                jdbc.sql("insert into crisis_plan_contact (client_id, phase, position, name, role, phone) values (?, ?, ?, ?, ?, ?)")
                        .params(client, p.phase().name(), i, c.name(), c.role(), c.phone()).update();
            }
        }
        for (int i = 0; i < d.risks().size(); i++) {
            Risk r = d.risks().get(i);
            jdbc.sql("insert into crisis_plan_risk (client_id, position, risk, agreement) values (?, ?, ?, ?)")
                    .params(client, i, r.risk(), r.agreement()).update();
        }
    }
}
