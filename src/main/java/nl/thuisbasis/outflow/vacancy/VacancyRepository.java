package nl.thuisbasis.outflow.vacancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.common.OutflowNames;
import nl.thuisbasis.outflow.common.Sql;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Vacancies, the quarterly totals corporations report, and what the cap is counted from, in SQL. */
@Repository
public class VacancyRepository {

    private final JdbcClient jdbc;
    private final OutflowNames names;

    VacancyRepository(JdbcClient jdbc, OutflowNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    void insert(UUID id, String regionCode, String corporationCode, Vacancies.Draft draft, String postcode, String municipalityCode,
            String neighbourhoodCode, String actor) {
        jdbc.sql("""
                insert into vacancy (id, region_code, corporation_code, address, postcode, municipality_code, neighbourhood_code,
                    bedrooms, rent_cents, floor, lift, wheelchair, available_from, status, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
                .params(id, regionCode, corporationCode, draft.address().trim(), postcode, municipalityCode, neighbourhoodCode,
                        draft.bedrooms(), draft.rentCents(), draft.floor(), draft.lift(), draft.wheelchair(), draft.availableFrom(),
                        actor)
                .update();
    }

    void update(UUID id, int version, String regionCode, Vacancies.Draft draft, String postcode, String municipalityCode,
            String neighbourhoodCode) {
        jdbc.sql("""
                update vacancy set region_code = ?, address = ?, postcode = ?, municipality_code = ?, neighbourhood_code = ?,
                    bedrooms = ?, rent_cents = ?, floor = ?, lift = ?, wheelchair = ?, available_from = ?, version = version + 1
                where id = ? and version = ?""")
                .params(regionCode, draft.address().trim(), postcode, municipalityCode, neighbourhoodCode, draft.bedrooms(),
                        draft.rentCents(), draft.floor(), draft.lift(), draft.wheelchair(), draft.availableFrom(), id, version)
                .update();
    }

    public void setStatus(UUID id, Vacancies.Status status) {
        jdbc.sql("update vacancy set status = ?, version = version + 1 where id = ?").params(status.name(), id).update();
    }

    public Optional<Vacancies.VacancyView> find(UUID id) {
        return jdbc.sql("select * from vacancy where id = ?").param(id).query(rows()).optional();
    }

    /** The vacancy, locked for the rest of the transaction. */
    public Optional<Vacancies.VacancyView> lock(UUID id) {
        return jdbc.sql("select * from vacancy where id = ? for update").param(id).query(rows()).optional();
    }

    /** These vacancies, in one query (those that do not exist are not in the map). */
    public Map<UUID, Vacancies.VacancyView> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from vacancy where id in (" + Sql.placeholders(ids) + ")").params(List.<Object>copyOf(ids))
                .query(rows()).list().stream().collect(Collectors.toMap(Vacancies.VacancyView::id, v -> v));
    }

    /** The open vacancies of a region for a matching round: available now or later, no proposal or offer yet. */
    public List<Vacancies.VacancyView> open(String regionCode) {
        return jdbc.sql("select * from vacancy where region_code = ? and status = 'OPEN' order by available_from, id")
                .param(regionCode).query(rows()).list();
    }

    /** Which vacancies of a region a list shows: the viewer's own (by role), optionally one status. */
    record Scope(String regionCode, Role role, String organisationCode, String municipalityCode, Vacancies.Status status) {
    }

    List<Vacancies.VacancyView> list(Scope scope, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select * from vacancy" + where + " order by available_from, created_at, id limit ? offset ?").params(params)
                .query(rows()).list();
    }

    int count(Scope scope) {
        List<Object> params = new ArrayList<>();
        String where = where(scope, params);
        return jdbc.sql("select count(*) from vacancy" + where).params(params).query(Integer.class).single();
    }

    private static String where(Scope scope, List<Object> params) {
        StringBuilder where = new StringBuilder(" where region_code = ?");
        params.add(scope.regionCode());
        switch (scope.role()) {
            case CORPORATION -> {
                where.append(" and corporation_code = ?");
                params.add(scope.organisationCode());
            }
            case MUNICIPALITY -> {
                where.append(" and municipality_code = ?");
                params.add(String.valueOf(scope.municipalityCode()));
            }
            case REGION_COORDINATOR, ADMIN -> {
                // the whole region
            }
            case PROVIDER -> throw new IllegalArgumentException("no vacancy list for providers");
        }
        if (scope.status() != null) {
            where.append(" and status = ?");
            params.add(scope.status().name());
        }
        return where.toString();
    }

    /** Whether the dwelling was offered to a candidate of this provider. */
    boolean offeredToClientOf(UUID id, String providerCode) {
        return jdbc.sql("select count(*) from offer o where o.vacancy_id = ? and o.provider_code = ?")
                .params(id, providerCode).query(Long.class).single() > 0;
    }

    // ---- totals and the cap

    void saveTotal(String corporationCode, int year, int quarter, int total, String actor) {
        jdbc.sql("""
                insert into vacancy_total (corporation_code, year, quarter, total, reported_by) values (?, ?, ?, ?, ?)
                on conflict (corporation_code, year, quarter) do update set total = excluded.total,
                    reported_by = excluded.reported_by, reported_at = now()""")
                .params(corporationCode, year, quarter, total, actor).update();
    }

    List<Vacancies.Total> totals(String corporationCode, int year) {
        return jdbc.sql("select * from vacancy_total where corporation_code = ? and year = ? order by quarter")
                .params(corporationCode, year)
                .query((rs, n) -> new Vacancies.Total(rs.getString("corporation_code"), rs.getInt("year"), rs.getInt("quarter"),
                        rs.getInt("total"), rs.getString("reported_by"), rs.getTimestamp("reported_at").toInstant()))
                .list();
    }

    Vacancies.CapFigures capFigures(String corporationCode, int year, boolean withCommitted) {
        Integer total = jdbc.sql("select sum(total) from vacancy_total where corporation_code = ? and year = ?")
                .params(corporationCode, year).query(Integer.class).optional().orElse(null);
        int let = jdbc.sql("select count(*) from tenancy where corporation_code = ? and extract(year from starts_on) = ?")
                .params(corporationCode, year).query(Integer.class).single();
        int committed = !withCommitted ? 0
                : jdbc.sql("select count(*) from vacancy where corporation_code = ? and status in ('PROPOSED', 'OFFERED')")
                        .param(corporationCode).query(Integer.class).single();
        return new Vacancies.CapFigures(total, let, committed);
    }

    /** The corporations with vacancies in a region, by code. */
    public List<String> corporations(String regionCode) {
        return jdbc.sql("select distinct corporation_code from vacancy where region_code = ? order by 1")
                .param(regionCode).query(String.class).list();
    }

    /** Maps the rows of one query, looking each name up once. */
    private RowMapper<Vacancies.VacancyView> rows() {
        OutflowNames.Lookup lookup = names.lookup();
        return (rs, n) -> view(rs, lookup);
    }

    private static Vacancies.VacancyView view(ResultSet rs, OutflowNames.Lookup lookup) throws SQLException {
        String corporation = rs.getString("corporation_code");
        String municipality = rs.getString("municipality_code");
        String neighbourhood = rs.getString("neighbourhood_code");
        return new Vacancies.VacancyView(rs.getObject("id", UUID.class), rs.getString("region_code"), corporation,
                lookup.organisation(corporation), rs.getString("address"), rs.getString("postcode"), municipality,
                lookup.area(municipality), neighbourhood, lookup.area(neighbourhood), rs.getInt("bedrooms"), rs.getInt("rent_cents"),
                rs.getInt("floor"), rs.getBoolean("lift"), rs.getBoolean("wheelchair"),
                rs.getObject("available_from", LocalDate.class), Vacancies.Status.valueOf(rs.getString("status")),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
    }
}
