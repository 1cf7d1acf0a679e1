package nl.thuisbasis.siting.scan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of saved scans: written once, never changed (a database trigger refuses updates and deletes). */
@Repository
class ScanRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ScanRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(ScanSnapshot snapshot) {
        jdbc.sql("""
                insert into scan (id, region_code, model_version, lon, lat, address, area_code, municipality_code,
                    facility_type, capacity, strain, verdict, snapshot, created_by, organisation, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")
                .params(snapshot.id(), snapshot.regionCode(), snapshot.modelVersion(), snapshot.lon(), snapshot.lat(),
                        snapshot.address(), snapshot.areaCode(), snapshot.municipalityCode(), snapshot.facilityType(),
                        snapshot.capacity(), snapshot.strain(), snapshot.verdict(), json.writeValueAsString(snapshot),
                        snapshot.createdBy(), snapshot.organisation(), java.sql.Timestamp.from(snapshot.createdAt()))
                .update();
    }

    Optional<ScanSnapshot> find(UUID id) {
        return jdbc.sql("select snapshot::text from scan where id = ?").param(id).query(String.class).optional()
                .map(text -> json.readValue(text, ScanSnapshot.class));
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from scan where id = ?").param(id).query(Long.class).single() > 0;
    }

    List<ScanSnapshot> list(String municipalityCode, int limit, int offset) {
        return jdbc.sql("""
                select snapshot::text from scan where (:m::varchar is null or municipality_code = :m)
                order by created_at desc limit :limit offset :offset""")
                .param("m", municipalityCode).param("limit", limit).param("offset", offset)
                .query(String.class).list().stream().map(text -> json.readValue(text, ScanSnapshot.class)).toList();
    }

    long count(String municipalityCode) {
        return jdbc.sql("select count(*) from scan where (:m::varchar is null or municipality_code = :m)")
                .param("m", municipalityCode).query(Long.class).single();
    }
}
