package nl.thuisbasis.trajectory.sharing;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.trajectory.domain.ConsentRules.DataCategory;
import nl.thuisbasis.trajectory.domain.ConsentRules.Purpose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of sharing: which clients share with an organisation, and the accesses on vital interest. */
@Repository
class SharingRepository {

    private final JdbcClient jdbc;

    SharingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A client sharing with the organisation for a purpose (one row per client and purpose). */
    record Row(UUID clientId, String name, String providerCode, Purpose purpose) {
    }

    /** The same condition as ConsentRules.Consent#activeOn and #covers: active today, to this organisation or its kind. */
    private static final String SHARING = """
            from trajectory_client c join client_consent k on k.client_id = c.id
            where (k.recipient_organisation = :org or k.recipient_type = :type) and k.revoked_at is null
              and k.valid_from <= :today and k.valid_until >= :today and c.provider_code <> :org
              and (cast(:purpose as varchar) is null or k.purpose = :purpose)
            """;

    List<Row> sharing(String org, String type, Purpose purpose, LocalDate today, int offset, int limit) {
        return jdbc.sql("select c.id, c.name, c.provider_code, k.purpose " + SHARING
                        + " group by c.id, c.name, c.provider_code, k.purpose order by c.name, c.id, k.purpose limit :limit offset :offset")
                .param("org", org).param("type", type).param("today", Date.valueOf(today))
                .param("purpose", purpose == null ? null : purpose.name()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Purpose.valueOf(rs.getString(4)))).list();
    }

    long countSharing(String org, String type, Purpose purpose, LocalDate today) {
        return jdbc.sql("select count(*) from (select distinct c.id, k.purpose " + SHARING + ") s")
                .param("org", org).param("type", type).param("today", Date.valueOf(today))
                .param("purpose", purpose == null ? null : purpose.name()).query(Long.class).single();
    }

    /** An access on vital interest, as reported to the client's provider. */
    record VitalAccess(UUID id, UUID clientId, String clientName, String providerCode, DataCategory category, String reason,
            String accessedBy, String accessorOrganisation, Instant accessedAt, String reviewedBy, Instant reviewedAt,
            String reviewNote, int version) {
    }

    void insertVital(UUID id, UUID client, String provider, DataCategory category, String reason, String by, String org) {
        jdbc.sql("""
                insert into vital_interest_access (id, client_id, provider_code, category, reason, accessed_by, accessor_organisation)
                values (?, ?, ?, ?, ?, ?, ?)""").params(id, client, provider, category.name(), reason, by, org).update();
    }

    private static final String VITAL = """
            select v.*, c.name as client_name from vital_interest_access v join trajectory_client c on c.id = v.client_id
            """;

    Optional<VitalAccess> vital(UUID id) {
        return jdbc.sql(VITAL + " where v.id = ?").param(id).query(SharingRepository::vital).optional();
    }

    /** The provider's reports, those not yet reviewed first. */
    List<VitalAccess> vitalOf(String provider, int offset, int limit) {
        return jdbc.sql(VITAL + " where v.provider_code = ? order by (v.reviewed_at is null) desc, v.accessed_at desc, v.id limit ? offset ?")
                .params(provider, limit, offset).query(SharingRepository::vital).list();
    }

    /** How many accesses to the provider's clients were reported, and how many wait for review: one query. */
    VitalInterest.Counts countVitalOf(String provider) {
        return jdbc.sql("select count(*), count(*) filter (where reviewed_at is null) from vital_interest_access where provider_code = ?")
                .param(provider).query((rs, n) -> new VitalInterest.Counts(rs.getLong(1), rs.getLong(2))).single();
    }

    List<VitalAccess> vitalOfClient(UUID client) {
        return jdbc.sql(VITAL + " where v.client_id = ? order by v.accessed_at desc").param(client)
                .query(SharingRepository::vital).list();
    }

    boolean review(UUID id, String provider, int version, String note, String by) {
        return jdbc.sql("""
                update vital_interest_access set reviewed_by = ?, reviewed_at = now(), review_note = ?, version = version + 1
                where id = ? and provider_code = ? and version = ? and reviewed_at is null""")
                .params(by, note, id, provider, version).update() == 1;
    }

    private static VitalAccess vital(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        java.sql.Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new VitalAccess(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class), rs.getString("client_name"),
                rs.getString("provider_code"), DataCategory.valueOf(rs.getString("category")), rs.getString("reason"),
                rs.getString("accessed_by"), rs.getString("accessor_organisation"), rs.getTimestamp("accessed_at").toInstant(),
                rs.getString("reviewed_by"), reviewed == null ? null : reviewed.toInstant(), rs.getString("review_note"),
                rs.getInt("version"));
    }
}
