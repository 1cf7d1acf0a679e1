package nl.thuisbasis.planning.commitment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.planning.common.PlanningAccess;
import nl.thuisbasis.planning.domain.PlanningRules;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corporations' commitments (prestatieafspraken): dwellings for outflow per municipality and year, recorded by the
 * corporation itself, read by every planning role. Its SQL is small enough to live here.
 */
@Service
public class Commitments {

    public static final String REFUSED = "planning-refused";

    private final JdbcClient jdbc;
    private final PlanningAccess access;

    Commitments(JdbcClient jdbc, PlanningAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public record Commitment(UUID id, String region, String corporation, String municipality, int year, int dwellings, String note,
            int version, String updatedBy, Instant updatedAt) {
    }

    List<Problem> problems(Region region, String municipality, Integer year, Integer dwellings, String note) {
        List<Problem> problems = new ArrayList<>();
        if (municipality == null || !region.municipalityCodes().contains(municipality)) {
            problems.add(Problem.at("municipality", "planning.problem.municipality"));
        }
        int first = access.currentYear();
        if (year == null) {
            problems.add(Problem.at("year", "planning.problem.year.missing"));
        } else if (year < first || year > first + PlanningRules.HORIZON - 1) {
            problems.add(Problem.at("year", "planning.problem.year.range", Integer.toString(first),
                    Integer.toString(first + PlanningRules.HORIZON - 1)));
        }
        problems.addAll(PlanningRules.places("dwellings", dwellings, 0));
        if (note != null && note.length() > PlanningRules.MAX_NOTE) {
            problems.add(Problem.at("note", "planning.problem.note.long", PlanningRules.MAX_NOTE));
        }
        return problems;
    }

    @Transactional
    public UUID record(CurrentUser user, String municipality, Integer year, Integer dwellings, String note) {
        access.role(user, Role.CORPORATION, "planning.problem.role.commitment");
        Region region = access.regionFor(user);
        List<Problem> problems = new ArrayList<>(problems(region, municipality, year, dwellings, note));
        if (problems.isEmpty() && jdbc.sql("select count(*) from planning_commitment where corporation_code = ? and municipality_code = ? and year = ?")
                .params(user.organisation().code(), municipality, year).query(Long.class).single() > 0) {
            problems.add(Problem.at("year", "planning.problem.commitment.exists"));
        }
        Refused.unless(problems, REFUSED);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into planning_commitment (id, region_code, corporation_code, municipality_code, year, dwellings, note, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""").params(id, region.code(), user.organisation().code(), municipality, year, dwellings,
                blank(note), user.getUsername()).update();
        return id;
    }

    @Transactional
    public void update(CurrentUser user, UUID id, Integer version, Integer dwellings, String note) {
        access.role(user, Role.CORPORATION, "planning.problem.role.commitment");
        Commitment c = find(id).orElseThrow(Refused::notFound);
        if (!c.corporation().equals(user.organisation().code())) {
            throw Refused.forbidden(Problem.of("planning.problem.commitment.own"));
        }
        List<Problem> problems = new ArrayList<>(PlanningRules.places("dwellings", dwellings, 0));
        if (note != null && note.length() > PlanningRules.MAX_NOTE) {
            problems.add(Problem.at("note", "planning.problem.note.long", PlanningRules.MAX_NOTE));
        }
        if (version == null) {
            problems.add(Problem.at("version", "planning.problem.version.missing"));
        }
        Refused.unless(problems, REFUSED);
        if (jdbc.sql("""
                update planning_commitment set dwellings = ?, note = ?, updated_by = ?, updated_at = now(), version = version + 1
                where id = ? and version = ?""").params(dwellings, blank(note), user.getUsername(), id, version).update() != 1) {
            throw Refused.stale();
        }
    }

    @Transactional(readOnly = true)
    public Optional<Commitment> find(UUID id) {
        return jdbc.sql("select * from planning_commitment where id = ?").param(id).query(Commitments::commitment).optional();
    }

    @Transactional(readOnly = true)
    public List<Commitment> list(String region, Integer year, int limit, int offset) {
        return jdbc.sql("""
                select * from planning_commitment where region_code = ? and (?::integer is null or year = ?)
                order by year, corporation_code, municipality_code limit ? offset ?""")
                .params(region, year, year, limit, offset).query(Commitments::commitment).list();
    }

    @Transactional(readOnly = true)
    public long count(String region, Integer year) {
        return jdbc.sql("select count(*) from planning_commitment where region_code = ? and (?::integer is null or year = ?)")
                .params(region, year, year).query(Long.class).single();
    }

    /** The total of the commitments per year of the horizon: year -> dwellings. */
    @Transactional(readOnly = true)
    public java.util.Map<Integer, Integer> totals(String region) {
        java.util.Map<Integer, Integer> totals = new java.util.TreeMap<>();
        access.years().forEach(y -> totals.put(y, 0));
        jdbc.sql("select year, sum(dwellings) total from planning_commitment where region_code = ? group by year").param(region)
                .query((rs, row) -> totals.put(rs.getInt("year"), rs.getInt("total"))).list();
        return totals;
    }

    private static Commitment commitment(ResultSet rs, int row) throws SQLException {
        return new Commitment(rs.getObject("id", UUID.class), rs.getString("region_code"), rs.getString("corporation_code"),
                rs.getString("municipality_code"), rs.getInt("year"), rs.getInt("dwellings"), rs.getString("note"), rs.getInt("version"),
                rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
