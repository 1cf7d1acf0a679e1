package nl.thuisbasis.outflow.monitor;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The records the monitor's figures are counted from, in SQL: every record of the region and year (a figure must be
 * complete, so these lists are never cut).
 */
@Repository
class MonitorRepository {

    private final JdbcClient jdbc;

    MonitorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A candidate who got urgency in the year, with the first offer made to them. */
    record Urgent(UUID candidateId, String mark, String reference, String decidingMunicipality, LocalDate urgencyOn,
            LocalDate firstOfferOn, boolean withdrawn) {
    }

    /** An agreement that started in the year. */
    record Started(UUID tenancyId, UUID candidateId, String mark, String reference, String municipalityCode,
            String corporationCode, LocalDate startsOn) {
    }

    /** An agreement whose agreed end falls in the year, with its first outcome ({@code OUTCOME[_END_REASON]}), if any. */
    record Ending(UUID tenancyId, UUID candidateId, String mark, String reference, String municipalityCode,
            String corporationCode, LocalDate startsOn, LocalDate agreedEndsOn, String firstOutcome, LocalDate decidedOn,
            int signals, int evictionsPrevented) {
    }

    /** An offer without an answer. */
    record Open(UUID candidateId, String mark, String reference, String corporationCode, String municipalityCode,
            LocalDate offeredOn) {
    }

    List<Urgent> urgent(String regionCode, int year) {
        return jdbc.sql("""
                select c.id, c.mark, c.reference, c.deciding_municipality, c.urgency_granted_on, c.status,
                    (select min(o.offered_on) from offer o where o.candidate_id = c.id) as first_offer
                from candidate c where c.region_code = ? and c.urgency_granted_on is not null
                    and extract(year from c.urgency_granted_on) = ?
                order by c.urgency_granted_on, c.id""")
                .params(regionCode, year)
                .query((rs, n) -> new Urgent(rs.getObject("id", UUID.class), rs.getString("mark"), rs.getString("reference"),
                        rs.getString("deciding_municipality"), rs.getObject("urgency_granted_on", LocalDate.class),
                        rs.getObject("first_offer", LocalDate.class), "WITHDRAWN".equals(rs.getString("status"))))
                .list();
    }

    List<Started> started(String regionCode, int year) {
        return jdbc.sql("""
                select t.id, t.candidate_id, c.mark, c.reference, t.municipality_code, t.corporation_code, t.starts_on
                from tenancy t join vacancy v on v.id = t.vacancy_id join candidate c on c.id = t.candidate_id
                where v.region_code = ? and extract(year from t.starts_on) = ? order by t.starts_on, t.id""")
                .params(regionCode, year)
                .query((rs, n) -> new Started(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
                        rs.getString("mark"), rs.getString("reference"), rs.getString("municipality_code"),
                        rs.getString("corporation_code"), rs.getObject("starts_on", LocalDate.class)))
                .list();
    }

    List<Ending> ending(String regionCode, int year) {
        return jdbc.sql("""
                select t.id, t.candidate_id, c.mark, c.reference, t.municipality_code, t.corporation_code, t.starts_on, t.agreed_ends_on,
                    (select o.outcome || coalesce('_' || o.end_reason, '') from tenancy_outcome o where o.tenancy_id = t.id
                        order by o.decided_on, o.recorded_at limit 1) as first_outcome,
                    (select o.decided_on from tenancy_outcome o where o.tenancy_id = t.id order by o.decided_on, o.recorded_at limit 1) as decided_on,
                    (select count(*) from early_signal s where s.tenancy_id = t.id) as signals,
                    (select count(*) from early_signal s where s.tenancy_id = t.id and s.outcome = 'EVICTION_PREVENTED') as prevented
                from tenancy t join vacancy v on v.id = t.vacancy_id join candidate c on c.id = t.candidate_id
                where v.region_code = ? and extract(year from t.agreed_ends_on) = ? order by t.agreed_ends_on, t.id""")
                .params(regionCode, year)
                .query((rs, n) -> new Ending(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
                        rs.getString("mark"), rs.getString("reference"), rs.getString("municipality_code"),
                        rs.getString("corporation_code"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("agreed_ends_on", LocalDate.class), rs.getString("first_outcome"),
                        rs.getObject("decided_on", LocalDate.class), rs.getInt("signals"), rs.getInt("prevented")))
                .list();
    }

    /** An early signal of an agreement whose agreed end falls in the year (the outcome figure's signals). */
    record Signal(UUID signalId, UUID tenancyId, String type, LocalDate receivedOn, String outcome, LocalDate outcomeOn) {
    }

    List<Signal> signals(String regionCode, int year) {
        return jdbc.sql("""
                select s.id, s.tenancy_id, s.type, s.received_on, s.outcome, s.outcome_on
                from early_signal s join tenancy t on t.id = s.tenancy_id join vacancy v on v.id = t.vacancy_id
                where v.region_code = ? and extract(year from t.agreed_ends_on) = ? order by s.received_on, s.id""")
                .params(regionCode, year)
                .query((rs, n) -> new Signal(rs.getObject("id", UUID.class), rs.getObject("tenancy_id", UUID.class),
                        rs.getString("type"), rs.getObject("received_on", LocalDate.class), rs.getString("outcome"),
                        rs.getObject("outcome_on", LocalDate.class)))
                .list();
    }

    /** A dwelling proposed (proposal adopted) or offered now, with the candidate it is committed to. */
    record Committed(UUID candidateId, String mark, String reference, String corporationCode, String municipalityCode,
            String vacancyStatus, LocalDate since) {
    }

    /** The dwellings of the region that count for the cap now: proposed or offered (what the cap's "committed" counts). */
    List<Committed> committed(String regionCode) {
        return jdbc.sql("""
                select p.candidate_id, c.mark, c.reference, v.corporation_code, v.municipality_code, v.status,
                    cast(p.proposed_at as date) as since
                from vacancy v join proposal p on p.vacancy_id = v.id and p.released_at is null
                    join candidate c on c.id = p.candidate_id
                where v.region_code = ? and v.status in ('PROPOSED', 'OFFERED') order by p.proposed_at, v.id""")
                .param(regionCode)
                .query((rs, n) -> new Committed(rs.getObject("candidate_id", UUID.class), rs.getString("mark"),
                        rs.getString("reference"), rs.getString("corporation_code"), rs.getString("municipality_code"),
                        rs.getString("status"), rs.getObject("since", LocalDate.class)))
                .list();
    }

    List<Open> openOffers(String regionCode) {
        return jdbc.sql("""
                select o.candidate_id, c.mark, c.reference, o.corporation_code, v.municipality_code, o.offered_on
                from offer o join vacancy v on v.id = o.vacancy_id join candidate c on c.id = o.candidate_id
                where v.region_code = ? and o.status = 'OPEN' order by o.offered_on, o.id""")
                .param(regionCode)
                .query((rs, n) -> new Open(rs.getObject("candidate_id", UUID.class), rs.getString("mark"), rs.getString("reference"),
                        rs.getString("corporation_code"), rs.getString("municipality_code"), rs.getObject("offered_on", LocalDate.class)))
                .list();
    }
}
