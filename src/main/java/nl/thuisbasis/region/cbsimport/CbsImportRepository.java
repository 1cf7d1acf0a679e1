package nl.thuisbasis.region.cbsimport;

import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.domain.CbsRecord;
import nl.thuisbasis.region.domain.GeoJson;
import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** SQL that writes reference data: CBS areas with geometry and figures, the import history, regions and postcodes. */
@Repository
class CbsImportRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    CbsImportRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
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

    /** One finished import; {@code problems} as the problems' keys and arguments (JSON), or null; with its repairs. */
    void recordImport(ImportJob job, Object problems) {
        jdbc.sql("""
                insert into cbs_import (id, file_name, year, status, started_by, started_at, finished_at, processed,
                                        total, areas_changed, problems, shape, repairs, area_codes)
                values (?, ?, ?, ?, ?, ?, now(), ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb)
                """).params(job.id().value(), job.fileName(), job.year(), job.status().name(), job.startedBy(),
                java.sql.Timestamp.from(job.startedAt()), job.processed(), job.total(), job.areasChanged(),
                problems == null ? null : json.writeValueAsString(problems), job.shape(),
                job.repairs().isEmpty() ? null : json.writeValueAsString(job.repairs()),
                job.areaCodesOfProblems().isEmpty() ? null : json.writeValueAsString(job.areaCodesOfProblems()))
                .update();
    }

    /** The finished imports, newest first (the history the import page shows, also after a restart). */
    java.util.List<ImportJob> recorded(int limit) {
        return jdbc.sql("select * from cbs_import order by started_at desc limit ?").param(limit).query(this::job).list();
    }

    /** One finished import from the history. */
    java.util.Optional<ImportJob> recorded(ImportId id) {
        return jdbc.sql("select * from cbs_import where id = ?").param(id.value()).query(this::job).optional();
    }

    private ImportJob job(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return ImportJob.finished(new ImportId(rs.getObject("id", java.util.UUID.class)), rs.getString("file_name"),
                rs.getInt("year"), rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
                ImportJob.Status.valueOf(rs.getString("status")), rs.getInt("processed"), rs.getInt("total"),
                rs.getInt("areas_changed"), rs.getString("shape"), problems(rs.getString("problems")),
                problems(rs.getString("repairs")), areaCodes(rs.getString("area_codes")));
    }

    private java.util.Map<Integer, String> areaCodes(String text) {
        java.util.Map<Integer, String> codes = new java.util.HashMap<>();
        if (text == null || text.isBlank()) {
            return codes;
        }
        try {
            json.readTree(text).properties().forEach(e -> codes.put(Integer.valueOf(e.getKey()), e.getValue().asString()));
        } catch (RuntimeException e) {
            // an entry written in another shape: the problems show without their area codes
            codes.clear();
        }
        return codes;
    }

    private java.util.List<nl.thuisbasis.platform.Problem> problems(String text) {
        if (text == null || text.isBlank()) {
            return java.util.List.of();
        }
        try {
            return java.util.List.of(json.readValue(text, nl.thuisbasis.platform.Problem[].class));
        } catch (RuntimeException e) {
            // an entry written in another shape: the history still shows the import, without its details
            return java.util.List.of();
        }
    }

    boolean importedBefore(String fileName, int year) {
        return jdbc.sql("select count(*) from cbs_import where file_name = ? and year = ? and status = 'SUCCEEDED'")
                .params(fileName, year).query(Integer.class).single() > 0;
    }

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
}
