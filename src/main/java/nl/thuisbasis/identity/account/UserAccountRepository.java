package nl.thuisbasis.identity.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Organisation;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for organisations and user accounts. */
@Repository
public class UserAccountRepository {

    private static final String SELECT_USER = """
            select u.*, o.code as org_code, o.name as org_name, o.type as org_type, o.municipality_code as org_municipality
            from app_user u join organisation o on o.id = u.organisation_id
            """;

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CurrentUser> findByUsername(String username) {
        return jdbc.sql(SELECT_USER + " where lower(u.username) = lower(?)").param(username)
                .query(UserAccountRepository::user).optional();
    }

    /** The display names of these usernames, by lower-case username (matched as {@link #findByUsername} does). */
    public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        jdbc.sql("select lower(username) as username, display_name from app_user where lower(username) = any(?::text[])")
                .param(usernames.stream().map(u -> u.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new))
                .query(rs -> {
                    names.put(rs.getString("username"), rs.getString("display_name"));
                });
        return names;
    }

    public Optional<CurrentUser> findByExternalSubject(String subject) {
        return jdbc.sql(SELECT_USER + " where u.external_subject = ?").param(subject)
                .query(UserAccountRepository::user).optional();
    }

    /** The enabled accounts of one organisation. */
    public List<CurrentUser> findEnabledOf(String organisationCode) {
        return jdbc.sql(SELECT_USER + " where u.enabled and lower(o.code) = lower(?) order by u.display_name")
                .param(organisationCode).query(UserAccountRepository::user).list();
    }

    public List<CurrentUser> findAll() {
        return jdbc.sql(SELECT_USER + " order by o.name, u.username").query(UserAccountRepository::user).list();
    }

    /** Counts a failed login and locks the account once {@code maxFailures} is reached. */
    public void registerFailure(String username, int maxFailures, Instant lockUntil) {
        jdbc.sql("""
                update app_user set failed_attempts = failed_attempts + 1,
                    locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
                where lower(username) = lower(?)
                """).params(maxFailures, Timestamp.from(lockUntil), username).update();
    }

    public void registerSuccess(String username) {
        // writes only when there is something to reset: an API call with Basic credentials must not write each time
        jdbc.sql("""
                update app_user set failed_attempts = 0, locked_until = null
                where lower(username) = lower(?) and (failed_attempts > 0 or locked_until is not null)
                """)
                .param(username).update();
    }

    public Optional<Organisation> findOrganisation(String code) {
        return jdbc.sql("select * from organisation where lower(code) = lower(?)").param(code)
                .query(UserAccountRepository::organisation).optional();
    }

    public List<Organisation> findOrganisations() {
        return jdbc.sql("select * from organisation order by type, name").query(UserAccountRepository::organisation).list();
    }

    public void saveOrganisation(Organisation o) {
        jdbc.sql("""
                insert into organisation (id, code, name, type, municipality_code) values (?, ?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, type = excluded.type,
                    municipality_code = excluded.municipality_code
                """).params(o.id(), o.code(), o.name(), o.type().name(), o.municipalityCode()).update();
    }

    public void insertUser(UUID id, String username, String displayName, String email, String passwordHash, Role role,
            UUID organisationId, String externalSubject) {
        jdbc.sql("""
                insert into app_user (id, username, display_name, email, password_hash, role, organisation_id, external_subject)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, username, displayName, email, passwordHash, role.name(), organisationId, externalSubject)
                .update();
    }

    public void updateExternalUser(UUID id, String displayName, Role role, UUID organisationId) {
        jdbc.sql("update app_user set display_name = ?, role = ?, organisation_id = ? where id = ?")
                .params(displayName, role.name(), organisationId, id).update();
    }

    public long countUsers() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    private static CurrentUser user(ResultSet rs, int row) throws SQLException {
        Organisation organisation = new Organisation(rs.getObject("organisation_id", UUID.class), rs.getString("org_code"),
                rs.getString("org_name"), OrganisationType.valueOf(rs.getString("org_type")),
                rs.getString("org_municipality"));
        Timestamp locked = rs.getTimestamp("locked_until");
        return new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")), organisation,
                rs.getBoolean("enabled"), locked == null ? null : locked.toInstant(), null);
    }

    private static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                OrganisationType.valueOf(rs.getString("type")), rs.getString("municipality_code"));
    }
}
