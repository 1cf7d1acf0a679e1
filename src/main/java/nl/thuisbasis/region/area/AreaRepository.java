package nl.thuisbasis.region.area;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.AreaLevel;
import nl.thuisbasis.region.KeyFigures;
import nl.thuisbasis.region.MunicipalitySummary;
import nl.thuisbasis.region.PostcodeArea;
import nl.thuisbasis.region.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL that reads areas, key figures, regions and postcodes: for {@link nl.thuisbasis.region.RegionCatalog},
 * {@link nl.thuisbasis.region.GeoLookup} and the area pages. The CBS import writes them (cbsimport).
 */
@Repository
public class AreaRepository {

    private static final TypeReference<LinkedHashMap<String, BigDecimal>> FIGURES = new TypeReference<>() {
    };

    /** The rank of a level, finest first, as SQL over {@code area} aliased {@code %s}. */
    private static final String RANK = "case %s.level when 'NEIGHBOURHOOD' then 0 when 'DISTRICT' then 1 else 2 end";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AreaRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Area> find(String code) {
        return jdbc.sql("select * from area where code = ?").param(code).query(AreaRepository::area).optional();
    }

    public List<Area> findAll(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from area where code in (:codes) order by code").param("codes", codes)
                .query(AreaRepository::area).list();
    }

    public List<Area> findByMunicipality(String municipalityCode, AreaLevel level) {
        return jdbc.sql("select * from area where municipality_code = ? and level = ? order by code")
                .params(municipalityCode, level.name()).query(AreaRepository::area).list();
    }

    /** The most detailed level for which the municipality has areas with geometry. */
    public AreaLevel finestLevel(String municipalityCode) {
        return jdbc.sql("""
                select level from area where municipality_code = ? and geometry is not null
                order by case level when 'NEIGHBOURHOOD' then 0 when 'DISTRICT' then 1 else 2 end limit 1
                """).param(municipalityCode).query(String.class).optional().map(AreaLevel::valueOf)
                .orElse(AreaLevel.MUNICIPALITY);
    }

    /**
     * The finest areas of these municipalities, a page at a time: per municipality its neighbourhoods, or its districts
     * where it has no neighbourhoods with geometry, or itself; by municipality and code.
     */
    public List<Area> finestAreas(List<String> municipalityCodes, int limit, int offset) {
        if (municipalityCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(FINEST + " select a.* " + FINEST_FROM + " order by a.municipality_code, a.code limit :limit offset :offset")
                .param("codes", municipalityCodes).param("limit", limit).param("offset", offset)
                .query(AreaRepository::area).list();
    }

    public long countFinestAreas(List<String> municipalityCodes) {
        if (municipalityCodes.isEmpty()) {
            return 0;
        }
        return jdbc.sql(FINEST + " select count(*) " + FINEST_FROM).param("codes", municipalityCodes)
                .query(Long.class).single();
    }

    /** Each municipality's finest level with geometry (2: the municipality itself), as in {@link #finestLevel}. */
    private static final String FINEST = """
            with finest as (
                select m.municipality_code, coalesce(min(%s) filter (where b.geometry is not null), 2) as rank
                from (select distinct municipality_code from area where municipality_code in (:codes)) m
                join area b on b.municipality_code = m.municipality_code
                group by m.municipality_code)
            """.formatted(RANK.formatted("b"));
    private static final String FINEST_FROM = """
            from area a join finest f on f.municipality_code = a.municipality_code
            where %s = f.rank and (f.rank < 2 or a.code = f.municipality_code)
            """.formatted(RANK.formatted("a"));

    public Optional<String> geometry(String code) {
        return jdbc.sql("select geometry from area where code = ? and geometry is not null").param(code)
                .query(String.class).optional();
    }

    public Map<String, String> geometries(List<String> codes) {
        Map<String, String> result = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return result;
        }
        jdbc.sql("select code, geometry from area where code in (:codes) and geometry is not null order by code")
                .param("codes", codes).query((rs, n) -> result.put(rs.getString(1), rs.getString(2))).list();
        return result;
    }

    /** The figures of the most recent year that has any, or of the given year. */
    public Optional<KeyFigures> figures(String areaCode, Integer year) {
        String sql = year == null
                ? "select * from key_figures where area_code = ? order by year desc limit 1"
                : "select * from key_figures where area_code = ? and year = ?";
        var statement = jdbc.sql(sql).param(areaCode);
        if (year != null) {
            statement = statement.param(year);
        }
        return statement.query(this::keyFigures).optional();
    }

    /** The most recent figures of each of the areas, in one query. */
    public Map<String, KeyFigures> latestFigures(List<String> codes) {
        Map<String, KeyFigures> result = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return result;
        }
        jdbc.sql("select distinct on (area_code) * from key_figures where area_code in (:codes) order by area_code, year desc")
                .param("codes", codes).query(this::keyFigures).list().forEach(k -> result.put(k.areaCode(), k));
        return result;
    }

    public List<Integer> figureYears(String areaCode) {
        return jdbc.sql("select year from key_figures where area_code = ? order by year desc").param(areaCode)
                .query(Integer.class).list();
    }

    /** Loads every area with geometry for the spatial index. */
    public void forEachGeometry(GeometryConsumer consumer) {
        jdbc.sql("select code, level, geometry from area where geometry is not null")
                .query((ResultSet rs) -> {
                    consumer.accept(rs.getString(1), AreaLevel.valueOf(rs.getString(2)), rs.getString(3));
                });
    }

    /** Receives one area's geometry at a time. */
    public interface GeometryConsumer {
        void accept(String code, AreaLevel level, String geoJson);
    }

    public List<MunicipalitySummary> municipalitySummaries(List<String> codes, int limit, int offset) {
        String filter = codes == null ? "" : "and a.code in (:codes)";
        var statement = jdbc.sql("""
                select a.code, a.name, f.year,
                       (f.figures ->> 'aantalInwoners')::bigint as inhabitants,
                       (f.figures ->> 'aantalHuishoudens')::bigint as households,
                       (select min(case b.level when 'NEIGHBOURHOOD' then 0 when 'DISTRICT' then 1 else 2 end)
                          from area b where b.municipality_code = a.code and b.geometry is not null) as finest
                from area a
                left join lateral (select year, figures from key_figures k
                                   where k.area_code = a.code and k.figures -> 'aantalHuishoudens' is not null
                                   order by year desc limit 1) f on true
                where a.level = 'MUNICIPALITY' %s
                order by a.name limit :limit offset :offset
                """.formatted(filter)).param("limit", limit).param("offset", offset);
        if (codes != null) {
            statement = statement.param("codes", codes.isEmpty() ? List.of("-") : codes);
        }
        return statement.query((rs, n) -> new MunicipalitySummary(rs.getString("code"), rs.getString("name"),
                (Long) rs.getObject("inhabitants", Long.class), (Long) rs.getObject("households", Long.class),
                (Integer) rs.getObject("year", Integer.class), finest(rs.getObject("finest", Integer.class)))).list();
    }

    public long countMunicipalities(List<String> codes) {
        if (codes == null) {
            return jdbc.sql("select count(*) from area where level = 'MUNICIPALITY'").query(Long.class).single();
        }
        if (codes.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from area where level = 'MUNICIPALITY' and code in (:codes)")
                .param("codes", codes).query(Long.class).single();
    }

    private static AreaLevel finest(Integer rank) {
        if (rank == null) {
            return AreaLevel.MUNICIPALITY;
        }
        return switch (rank) {
            case 0 -> AreaLevel.NEIGHBOURHOOD;
            case 1 -> AreaLevel.DISTRICT;
            default -> AreaLevel.MUNICIPALITY;
        };
    }

    // --- regions

    public List<Region> regions() {
        return jdbc.sql("select * from region order by name").query(this::toRegion).list();
    }

    public List<Region> regions(int limit, int offset) {
        return jdbc.sql("select * from region order by name limit ? offset ?").params(limit, offset).query(this::toRegion)
                .list();
    }

    public long countRegions() {
        return jdbc.sql("select count(*) from region").query(Long.class).single();
    }

    public Optional<Region> region(String code) {
        return jdbc.sql("select * from region where code = ?").param(code).query(this::toRegion).optional();
    }

    private Region toRegion(ResultSet rs, int row) throws SQLException {
        return new Region(rs.getString("code"), rs.getString("name"), rs.getString("central_municipality_code"),
                regionMunicipalities(rs.getString("code")));
    }

    private List<String> regionMunicipalities(String regionCode) {
        return jdbc.sql("select municipality_code from region_municipality where region_code = ? order by municipality_code")
                .param(regionCode).query(String.class).list();
    }

    // --- postcodes

    public Optional<String> municipalityOfPostcode(String pc4) {
        return jdbc.sql("select municipality_code from postcode_area where pc4 = ? and municipality_code is not null")
                .param(pc4).query(String.class).optional();
    }

    public List<PostcodeArea> postcodeAreas(java.util.Collection<String> pc4s) {
        if (pc4s.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select pc4, place, municipality_code, lon, lat from postcode_area where pc4 in (:codes) order by pc4")
                .param("codes", pc4s)
                .query((rs, row) -> new PostcodeArea(rs.getString("pc4"), rs.getString("place"),
                        rs.getString("municipality_code"), rs.getDouble("lon"), rs.getDouble("lat")))
                .list();
    }

    private static Area area(ResultSet rs, int row) throws SQLException {
        return new Area(rs.getString("code"), AreaLevel.valueOf(rs.getString("level")), rs.getString("name"),
                rs.getString("municipality_code"), rs.getString("district_code"),
                (Integer) rs.getObject("geometry_year", Integer.class));
    }

    private KeyFigures keyFigures(ResultSet rs, int row) throws SQLException {
        return new KeyFigures(rs.getString("area_code"), rs.getInt("year"),
                json.readValue(rs.getString("figures"), FIGURES), rs.getString("source"));
    }
}
