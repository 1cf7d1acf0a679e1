package nl.thuisbasis.outflow.offer;

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

/** Offers, with the candidates and dwellings they are for, in SQL. */
@Repository
class OfferRepository {

    private final JdbcClient jdbc;

    OfferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An offer as its steps need it. */
    record Row(UUID id, UUID vacancyId, UUID candidateId, String corporationCode, String providerCode, LocalDate offeredOn,
            Offers.Status status) {
    }

    /** An offer as a list shows it, with its candidate's reference and urgency, its dwelling and its agreement. */
    record Listed(UUID id, UUID vacancyId, String address, String municipalityCode, UUID candidateId, String reference,
            String regionCode, LocalDate urgencyGrantedOn, String corporationCode, String providerCode, LocalDate offeredOn,
            String madeBy, Offers.Status status, LocalDate answeredOn, String answeredBy, Offers.DeclineReason declineReason,
            String declineNote, UUID tenancyId, int version, LocalDate availableFrom) {
    }

    /** The offer, locked for the rest of the transaction. */
    Optional<Row> lock(UUID id) {
        return jdbc.sql("select * from offer where id = ? for update").param(id)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("vacancy_id", UUID.class),
                        rs.getObject("candidate_id", UUID.class), rs.getString("corporation_code"), rs.getString("provider_code"),
                        rs.getObject("offered_on", LocalDate.class), Offers.Status.valueOf(rs.getString("status"))))
                .optional();
    }

    void insert(UUID id, UUID vacancyId, UUID candidateId, String corporationCode, String providerCode, LocalDate offeredOn,
            String actor) {
        jdbc.sql("""
                insert into offer (id, vacancy_id, candidate_id, corporation_code, provider_code, offered_on, made_by, status)
                values (?, ?, ?, ?, ?, ?, ?, 'OPEN')""")
                .params(id, vacancyId, candidateId, corporationCode, providerCode, offeredOn, actor).update();
    }

    void accept(UUID id, LocalDate on, String actor) {
        jdbc.sql("update offer set status = 'ACCEPTED', answered_on = ?, answered_by = ?, version = version + 1 where id = ?")
                .params(on, actor, id).update();
    }

    /** Declines or withdraws an open offer. */
    void close(UUID id, Offers.Status status, LocalDate on, String actor, Offers.DeclineReason reason, String note) {
        jdbc.sql("""
                update offer set status = ?, answered_on = ?, answered_by = ?, decline_reason = ?, decline_note = ?,
                    version = version + 1 where id = ? and status = 'OPEN'""")
                .params(status.name(), on, actor, reason == null ? null : reason.name(), note, id).update();
    }

    String regionOfVacancy(UUID vacancyId) {
        return jdbc.sql("select region_code from vacancy where id = ?").param(vacancyId).query(String.class).single();
    }

    /** The date from which the dwelling of a vacancy is available. */
    LocalDate availableFrom(UUID vacancyId) {
        return jdbc.sql("select available_from from vacancy where id = ?").param(vacancyId).query(LocalDate.class).single();
    }

    // ---- lists

    /**
     * Which offers a list shows: the viewer's own (by role), optionally only the stalled ones (open for more days than
     * the candidate's region allows, {@code defaultStalledDays} where the region set none), and narrowed to a candidate,
     * a dwelling or one offer.
     */
    record Scope(Role role, String organisationCode, String municipalityCode, boolean stalledOnly, UUID candidateId,
            UUID vacancyId, UUID offerId, LocalDate today, int defaultStalledDays) {
    }

    /** How many offers a list has, and how many of them are stalled. */
    record Counts(int total, int stalled) {
    }

    private static final String FROM = """

            from offer o join candidate c on c.id = o.candidate_id join vacancy v on v.id = o.vacancy_id
                left join outflow_setting s on s.region_code = c.region_code""";

    private static final String STALLED = "o.status = 'OPEN' and (cast(? as date) - o.offered_on) > coalesce(s.stalled_offer_days, ?)";

    /** The offers of a list, newest first: one page. */
    List<Listed> list(Scope scope, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("""
                select o.*, c.reference, c.urgency_granted_on, c.region_code, v.address, v.municipality_code, v.available_from,
                    (select t.id from tenancy t where t.offer_id = o.id) as tenancy_id""" + FROM + where
                + " order by o.offered_on desc, o.made_at desc, o.id limit ? offset ?")
                .params(params).query(OfferRepository::listed).list();
    }

    Counts count(Scope scope) {
        List<Object> params = new ArrayList<>();
        params.add(scope.today());
        params.add(scope.defaultStalledDays());
        String where = where(scope, params);
        return jdbc.sql("select count(*), count(*) filter (where " + STALLED + ")" + FROM + where).params(params)
                .query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2))).single();
    }

    private static String where(Scope scope, List<Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        switch (scope.role()) {
            case CORPORATION -> {
                where.append(" and o.corporation_code = ?");
                params.add(scope.organisationCode());
            }
            case PROVIDER -> {
                where.append(" and o.provider_code = ?");
                params.add(scope.organisationCode());
            }
            case MUNICIPALITY -> {
                where.append(" and c.deciding_municipality = ?");
                params.add(String.valueOf(scope.municipalityCode()));
            }
            default -> throw new IllegalArgumentException("no offer list for " + scope.role());
        }
        if (scope.stalledOnly()) {
            where.append(" and ").append(STALLED);
            params.add(scope.today());
            params.add(scope.defaultStalledDays());
        }
        if (scope.candidateId() != null) {
            where.append(" and o.candidate_id = ?");
            params.add(scope.candidateId());
        }
        if (scope.vacancyId() != null) {
            where.append(" and o.vacancy_id = ?");
            params.add(scope.vacancyId());
        }
        if (scope.offerId() != null) {
            where.append(" and o.id = ?");
            params.add(scope.offerId());
        }
        return where.toString();
    }

    private static Listed listed(ResultSet rs, int n) throws SQLException {
        return new Listed(rs.getObject("id", UUID.class), rs.getObject("vacancy_id", UUID.class), rs.getString("address"),
                rs.getString("municipality_code"), rs.getObject("candidate_id", UUID.class), rs.getString("reference"),
                rs.getString("region_code"), rs.getObject("urgency_granted_on", LocalDate.class), rs.getString("corporation_code"),
                rs.getString("provider_code"), rs.getObject("offered_on", LocalDate.class), rs.getString("made_by"),
                Offers.Status.valueOf(rs.getString("status")), rs.getObject("answered_on", LocalDate.class),
                rs.getString("answered_by"), rs.getString("decline_reason") == null ? null
                        : Offers.DeclineReason.valueOf(rs.getString("decline_reason")), rs.getString("decline_note"),
                rs.getObject("tenancy_id", UUID.class), rs.getInt("version"), rs.getObject("available_from", LocalDate.class));
    }
}
