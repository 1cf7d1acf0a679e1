package nl.thuisbasis.trajectory.consent;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.trajectory.domain.ConsentRules;
import nl.thuisbasis.trajectory.domain.ConsentRules.DataCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of clients' consents. */
@Repository
class ConsentRepository {

    private final JdbcClient jdbc;

    ConsentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID client, ConsentRules.Draft d, Consents.SignedForm form, String by) {
        jdbc.sql("""
                insert into client_consent (id, client_id, categories, recipient_organisation, recipient_type, purpose, valid_from,
                    valid_until, evidence, witness, signed_form, signed_form_name, signed_form_type, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, client, d.categories().stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
                d.recipientOrganisation() == null || d.recipientOrganisation().isBlank() ? null : d.recipientOrganisation().strip(),
                d.recipientType() == null ? null : d.recipientType().name(), d.purpose().name(), Date.valueOf(d.validFrom()),
                Date.valueOf(d.validUntil()), d.evidence().name(),
                d.evidence() == ConsentRules.Evidence.VERBAL_WITH_WITNESS ? d.witness().strip() : null,
                form == null ? null : form.content(), form == null ? null : form.name(), form == null ? null : form.type(), by)
                .update();
    }

    /** Revokes a consent if it is the client's, not yet revoked, and still at the version read. */
    boolean revoke(UUID client, UUID consent, int version, String reason, String by) {
        return jdbc.sql("""
                update client_consent set revoked_at = now(), revoked_by = ?, revoke_reason = ?, version = version + 1
                where id = ? and client_id = ? and version = ? and revoked_at is null
                """).params(by, reason, consent, client, version).update() == 1;
    }

    List<Consents.Recorded> ofClient(UUID client) {
        return jdbc.sql("""
                select id, categories, recipient_organisation, recipient_type, purpose, valid_from, valid_until, evidence, witness,
                    signed_form_name, recorded_by, recorded_at, revoked_at, revoked_by, revoke_reason, version
                from client_consent where client_id = ? order by recorded_at desc, id
                """).param(client).query(ConsentRepository::recorded).list();
    }

    /** The client's consents as the check needs them (no evidence, no names). */
    List<ConsentRules.Consent> forCheck(UUID client) {
        return jdbc.sql("""
                select id, categories, recipient_organisation, recipient_type, purpose, valid_from, valid_until, revoked_at
                from client_consent where client_id = ?""").param(client).query(ConsentRepository::consent).list();
    }

    /** The consents of several clients at once, by client. */
    java.util.Map<UUID, List<ConsentRules.Consent>> forCheck(java.util.Collection<UUID> clients) {
        java.util.Map<UUID, List<ConsentRules.Consent>> of = new java.util.HashMap<>();
        if (clients.isEmpty()) {
            return of;
        }
        jdbc.sql("""
                select client_id, id, categories, recipient_organisation, recipient_type, purpose, valid_from, valid_until, revoked_at
                from client_consent where client_id = any(?)""").param(clients.toArray(new UUID[0]))
                .query((rs, row) -> java.util.Map.entry(rs.getObject("client_id", UUID.class), consent(rs, row))).list()
                .forEach(e -> of.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return of;
    }

    Optional<Consents.SignedForm> signedForm(UUID client, UUID consent) {
        return jdbc.sql("""
                select signed_form_name, signed_form_type, signed_form from client_consent
                where id = ? and client_id = ? and signed_form is not null""").params(consent, client)
                .query((rs, row) -> new Consents.SignedForm(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    static ConsentRules.Consent consent(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("recipient_type");
        java.sql.Timestamp revoked = rs.getTimestamp("revoked_at");
        return new ConsentRules.Consent(rs.getObject("id", UUID.class), categories(rs.getString("categories")),
                rs.getString("recipient_organisation"), type == null ? null : OrganisationType.valueOf(type),
                ConsentRules.Purpose.valueOf(rs.getString("purpose")), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class), revoked == null ? null : revoked.toInstant());
    }

    static Consents.Recorded recorded(ResultSet rs, int row) throws SQLException {
        java.sql.Timestamp recorded = rs.getTimestamp("recorded_at");
        return new Consents.Recorded(consent(rs, row), ConsentRules.Evidence.valueOf(rs.getString("evidence")),
                rs.getString("witness"), rs.getString("signed_form_name"), rs.getString("recorded_by"),
                recorded.toInstant(), rs.getString("revoked_by"), rs.getString("revoke_reason"), rs.getInt("version"));
    }

    static Set<DataCategory> categories(String joined) {
        Set<DataCategory> set = EnumSet.noneOf(DataCategory.class);
        Arrays.stream(joined.split(",")).filter(s -> !s.isBlank()).map(DataCategory::valueOf).forEach(set::add);
        return set;
    }
}
