package nl.thuisbasis.region;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisbasis.region.domain.CbsRecord;
import nl.thuisbasis.region.domain.GeoJson;
import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for areas, key figures, regions and postcodes. */
@Repository
class AreaRepository {

    private static final TypeReference<LinkedHashMap<String, BigDecimal>> FIGURES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    AreaRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** Inserts or updates the areas and their figures of one file; returns how many areas changed. */
    int store(List<CbsRecord> records, int year, String source) {
        List<Object[]> areas = new ArrayList<>();
        List<Object[]> geometries = new ArrayList<>();
        List<Object[]> figures = new ArrayList<>();
        for (CbsRecord r : records) {
            areas.add(new Object[] {r.code(), r.level().name(), r.name(), r.municipalityCode(), r.districtCode()});
            if (r.geometry() != null) {
                Envelope e = r.geometry().getEnvelopeInternal();
                geometries.add(new Object[] {year, GeoJson.write(r.geometry()), e.getMinX(), e.getMinY(), e.getMaxX(),
                        e.getMaxY(), r.code()});
            }
            if (!r.figures().isEmpty()) {
                figures.add(new Object[] {r.code(), year, json.writeValueAsString(r.figures()), source});
            }
        }
        // A file without names (CBS basic figures) only adds figures to areas that already exist.
        template.batchUpdate("""
                insert into area (code, level, name, municipality_code, district_code)
                values (?, ?, coalesce(?, ''), ?, ?)
                on conflict (code) do update set
                    name = coalesce(nullif(excluded.name, ''), area.name),
                    municipality_code = excluded.municipality_code,
                    district_code = coalesce(excluded.district_code, area.district_code)
                """, areas);
        template.batchUpdate("""
                update area set geometry_year = ?, geometry = ?, min_lon = ?, min_lat = ?, max_lon = ?, max_lat = ?
                where code = ?
                """, geometries);
        template.batchUpdate("""
                insert into key_figures (area_code, year, figures, source) values (?, ?, ?::jsonb, ?)
                on conflict (area_code, year) do update set
                    figures = key_figures.figures || excluded.figures,
                    source = excluded.source, imported_at = now()
                """, figures);
        return records.size();
    }

    List<String> existingCodes(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select code from area where code in (:codes)").param("codes", codes)
                .query(String.class).list();
    }

    boolean hasFigures(String areaCode, int year) {
        return jdbc.sql("select count(*) from key_figures where area_code = ? and year = ?")
                .params(areaCode, year).query(Integer.class).single() > 0;
    }

    Optional<Area> find(String code) {
        return jdbc.sql("select * from area where code = ?").param(code).query(AreaRepository::area).optional();
    }

    List<Area> findAll(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from area where code in (:codes) order by code").param("codes", codes)
                .query(AreaRepository::area).list();
    }

    List<Area> findByMunicipality(String municipalityCode, AreaLevel level) {
        return jdbc.sql("select * from area where municipality_code = ? and level = ? order by code")
                .params(municipalityCode, level.name()).query(AreaRepository::area).list();
    }

    /** The most detailed level for which the municipality has areas with geometry. */
    AreaLevel finestLevel(String municipalityCode) {
        return jdbc.sql("""
                select level from area where municipality_code = ? and geometry is not null
                order by case level when 'NEIGHBOURHOOD' then 0 when 'DISTRICT' then 1 else 2 end limit 1
                """).param(municipalityCode).query(String.class).optional().map(AreaLevel::valueOf)
                .orElse(AreaLevel.MUNICIPALITY);
    }

    Optional<String> geometry(String code) {
        return jdbc.sql("select geometry from area where code = ? and geometry is not null").param(code)
                .query(String.class).optional();
    }

    Map<String, String> geometries(List<String> codes) {
        Map<String, String> result = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return result;
        }
        jdbc.sql("select code, geometry from area where code in (:codes) and geometry is not null order by code")
                .param("codes", codes).query((rs, n) -> result.put(rs.getString(1), rs.getString(2))).list();
        return result;
    }

    /** The figures of the most recent year that has any, or of the given year. */
    Optional<KeyFigures> figures(String areaCode, Integer year) {
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
    Map<String, KeyFigures> latestFigures(List<String> codes) {
        Map<String, KeyFigures> result = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return result;
        }
        jdbc.sql("select distinct on (area_code) * from key_figures where area_code in (:codes) order by area_code, year desc")
                .param("codes", codes).query(this::keyFigures).list().forEach(k -> result.put(k.areaCode(), k));
        return result;
    }

    List<Integer> figureYears(String areaCode) {
        return jdbc.sql("select year from key_figures where area_code = ? order by year desc").param(areaCode)
                .query(Integer.class).list();
    }

    /** Loads every area with geometry for the spatial index. */
    void forEachGeometry(GeometryConsumer consumer) {
        jdbc.sql("select code, level, geometry from area where geometry is not null")
                .query((ResultSet rs) -> {
                    consumer.accept(rs.getString(1), AreaLevel.valueOf(rs.getString(2)), rs.getString(3));
                });
    }

    interface GeometryConsumer {
        void accept(String code, AreaLevel level, String geoJson);
    }

    List<MunicipalitySummary> municipalitySummaries(List<String> codes, int limit, int offset) {
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

    long countMunicipalities(List<String> codes) {
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

    // --- import history

    void recordImport(ImportJob job, String problemsJson) {
        jdbc.sql("""
                insert into cbs_import (id, file_name, year, status, started_by, started_at, finished_at, processed,
                                        total, areas_changed, problems)
                values (?, ?, ?, ?, ?, ?, now(), ?, ?, ?, ?::jsonb)
                """).params(job.id(), job.fileName(), job.year(), job.status().name(), job.startedBy(),
                java.sql.Timestamp.from(job.startedAt()), job.processed(), job.total(), job.areasChanged(), problemsJson)
                .update();
    }

    boolean importedBefore(String fileName, int year) {
        return jdbc.sql("select count(*) from cbs_import where file_name = ? and year = ? and status = 'SUCCEEDED'")
                .params(fileName, year).query(Integer.class).single() > 0;
    }

    // --- regions

    void saveRegion(Region region) {
        jdbc.sql("""
                insert into region (code, name, central_municipality_code) values (?, ?, ?)
                on conflict (code) do update set name = excluded.name,
                    central_municipality_code = excluded.central_municipality_code
                """).params(region.code(), region.name(), region.centralMunicipalityCode()).update();
        jdbc.sql("delete from region_municipality where region_code = ?").param(region.code()).update();
        for (String municipality : region.municipalityCodes()) {
            jdbc.sql("insert into region_municipality (region_code, municipality_code) values (?, ?)")
                    .params(region.code(), municipality).update();
        }
    }

    List<Region> regions() {
        return jdbc.sql("select * from region order by name").query((rs, n) -> new Region(rs.getString("code"),
                rs.getString("name"), rs.getString("central_municipality_code"), regionMunicipalities(rs.getString("code"))))
                .list();
    }

    private List<String> regionMunicipalities(String regionCode) {
        return jdbc.sql("select municipality_code from region_municipality where region_code = ? order by municipality_code")
                .param(regionCode).query(String.class).list();
    }

    // --- postcodes

    void savePostcodes(List<Object[]> rows) {
        template.batchUpdate("""
                insert into postcode_area (pc4, place, municipality_code, lat, lon) values (?, ?, ?, ?, ?)
                on conflict (pc4) do update set place = excluded.place, municipality_code = excluded.municipality_code,
                    lat = excluded.lat, lon = excluded.lon
                """, rows);
    }

    long countPostcodes() {
        return jdbc.sql("select count(*) from postcode_area").query(Long.class).single();
    }

    Optional<String> municipalityOfPostcode(String pc4) {
        return jdbc.sql("select municipality_code from postcode_area where pc4 = ? and municipality_code is not null")
                .param(pc4).query(String.class).optional();
    }

    List<PostcodeArea> postcodeAreas(java.util.Collection<String> pc4s) {
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
