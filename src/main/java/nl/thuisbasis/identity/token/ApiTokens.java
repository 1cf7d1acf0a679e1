package nl.thuisbasis.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.identity.account.UserAccountRepository;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: an administrator issues one for an account, with a name (what it is for) and an end date; an
 * API client sends it as {@code Authorization: Bearer tb_...} and acts as that account. Only the SHA-256 of a token is
 * stored: the token is shown once, when it is issued. A token stops working when it is revoked, when its end date has
 * passed, or when its account is disabled.
 * <p>
 * Checking a token costs one hash and one indexed query, where HTTP Basic costs a BCrypt comparison (some 250 ms by
 * design) on every call; using a token writes nothing, except its day of last use once a day. Issuing and revoking are
 * in the processing log; using a token is not (it is no login).
 */
@Service
public class ApiTokens {

    /** Every personal token starts with this, so a bearer token can be told from a JWT of the identity provider. */
    public static final String PREFIX = "tb_";
    /** The longest a token may live: a year and a day, so that one issued today for a year is allowed. */
    public static final int MAX_DAYS = 366;
    public static final int NAME_LENGTH = 100;
    static final String REFUSED = "api-token-refused";
    static final String PURPOSE = "purpose.identity.access";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;
    private final UserAccountRepository accounts;
    private final ProcessingLog processingLog;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, UserAccountRepository accounts, ProcessingLog processingLog) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.processingLog = processingLog;
        this.clock = Clock.system(ZONE);
    }

    /** A token as the administrator sees it: never the token itself. */
    public record TokenView(UUID id, String name, String username, String displayName, String organisation, String hint,
            Instant createdAt, String createdBy, LocalDate expiresOn, Instant revokedAt, String revokedBy,
            LocalDate lastUsedOn) {

        public boolean revoked() {
            return revokedAt != null;
        }

        public boolean expired(LocalDate today) {
            return expiresOn.isBefore(today);
        }
    }

    /** A token just issued: the only moment its value is known. */
    public record Issued(UUID id, String token, LocalDate expiresOn) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Problems with a request for a token (all at once); empty when it can be issued. */
    public List<Problem> problems(String username, String name, LocalDate expiresOn) {
        List<Problem> problems = new ArrayList<>();
        if (username == null || username.isBlank()) {
            problems.add(Problem.at("account", "identity.token.problem.account.required"));
        } else if (accounts.findByUsername(username.strip()).isEmpty()) {
            problems.add(Problem.at("account", "identity.token.problem.account.unknown"));
        }
        nl.thuisbasis.platform.Inputs.required(problems, "name", name, NAME_LENGTH, "identity.token.problem.name.required");
        LocalDate today = today();
        if (expiresOn == null) {
            problems.add(Problem.at("expiresOn", "identity.token.problem.expiresOn.required"));
        } else if (!expiresOn.isAfter(today)) {
            problems.add(Problem.at("expiresOn", "identity.token.problem.expiresOn.past"));
        } else if (expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            problems.add(Problem.at("expiresOn", "identity.token.problem.expiresOn.tooLate", MAX_DAYS));
        }
        return problems;
    }

    /** Issues a token for the account {@code username}; only an administrator may. */
    @Transactional
    public Issued issue(CurrentUser admin, String username, String name, LocalDate expiresOn) {
        requireAdmin(admin);
        Refused.unless(problems(username, name, expiresOn), REFUSED);
        CurrentUser holder = accounts.findByUsername(username.strip()).orElseThrow();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into api_token (id, user_id, name, token_hash, hint, created_by, expires_on)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(id, holder.id(), name.strip(), hash(token), token.substring(0, 8), admin.getUsername(),
                Date.valueOf(expiresOn)).update();
        processingLog.record(Processing.of("identity.api-token.issue", "user", holder.getUsername(), PURPOSE, LegalBasis.SECURITY)
                .withDetailsKey("identity.log.token.issued", token.substring(0, 8), expiresOn.toString()));
        return new Issued(id, token, expiresOn);
    }

    /** Revokes a token at once; revoking it again changes nothing. */
    @Transactional
    public void revoke(CurrentUser admin, UUID id) {
        requireAdmin(admin);
        TokenView token = find(id).orElseThrow(Refused::notFound);
        if (token.revoked()) {
            return;
        }
        jdbc.sql("update api_token set revoked_at = now(), revoked_by = ?, version = version + 1 where id = ? and revoked_at is null")
                .params(admin.getUsername(), id).update();
        processingLog.record(Processing.of("identity.api-token.revoke", "user", token.username(), PURPOSE, LegalBasis.SECURITY)
                .withDetailsKey("identity.log.token.revoked", token.hint()));
    }

    public List<TokenView> all() {
        return jdbc.sql(SELECT + " order by t.revoked_at is not null, t.expires_on < current_date, u.username, t.created_at desc")
                .query(ApiTokens::view).list();
    }

    public Optional<TokenView> find(UUID id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query(ApiTokens::view).optional();
    }

    /**
     * The account a token acts for, when the token is known, not revoked, not past its end date and its account may
     * log in. Notes the day of use (at most one write per token per day).
     */
    public Optional<CurrentUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        LocalDate today = today();
        Optional<Active> active = jdbc.sql("""
                select t.id, u.username, t.last_used_on from api_token t join app_user u on u.id = t.user_id
                where t.token_hash = ? and t.revoked_at is null and t.expires_on >= ?
                """).params(hash, Date.valueOf(today))
                .query((rs, row) -> new Active(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getDate("last_used_on") == null ? null : rs.getDate("last_used_on").toLocalDate()))
                .optional();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        Optional<CurrentUser> user = accounts.findByUsername(active.get().username())
                .filter(CurrentUser::isEnabled).filter(CurrentUser::isAccountNonLocked);
        if (user.isPresent() && !today.equals(active.get().lastUsedOn())) {
            jdbc.sql("update api_token set last_used_on = ? where id = ?").params(Date.valueOf(today), active.get().id()).update();
        }
        return user;
    }

    private record Active(UUID id, String username, LocalDate lastUsedOn) {
    }

    private static void requireAdmin(CurrentUser user) {
        if (user == null || user.role() != Role.ADMIN) {
            throw Refused.forbidden(Problem.of("identity.token.problem.adminOnly"));
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static final String SELECT = """
            select t.*, u.username, u.display_name, o.name as org_name
            from api_token t join app_user u on u.id = t.user_id join organisation o on o.id = u.organisation_id
            """;

    private static TokenView view(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        Date used = rs.getDate("last_used_on");
        return new TokenView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("username"),
                rs.getString("display_name"), rs.getString("org_name"), rs.getString("hint"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getDate("expires_on").toLocalDate(),
                revoked == null ? null : revoked.toInstant(), rs.getString("revoked_by"), used == null ? null : used.toLocalDate());
    }
}
