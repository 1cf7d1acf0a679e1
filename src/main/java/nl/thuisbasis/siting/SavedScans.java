package nl.thuisbasis.siting;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Saved scans: immutable decision records (a database trigger refuses updates and deletes). */
@Service
public class SavedScans {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ProcessingLog log;

    SavedScans(JdbcClient jdbc, JsonMapper json, ProcessingLog log) {
        this.jdbc = jdbc;
        this.json = json;
        this.log = log;
    }

    @Transactional
    public ScanSnapshot save(ScanResult result, String actor, String organisation) {
        UUID id = UUID.randomUUID();
        ScanSnapshot snapshot = ScanSnapshot.of(result, id, actor, organisation, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        jdbc.sql("""
                insert into scan (id, region_code, model_version, lon, lat, address, area_code, municipality_code,
                    facility_type, capacity, strain, verdict, snapshot, created_by, organisation, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")
                .params(id, snapshot.regionCode(), snapshot.modelVersion(), snapshot.lon(), snapshot.lat(),
                        snapshot.address(), snapshot.areaCode(), snapshot.municipalityCode(), snapshot.facilityType(),
                        snapshot.capacity(), snapshot.strain(), snapshot.verdict(), json.writeValueAsString(snapshot),
                        actor, organisation, java.sql.Timestamp.from(snapshot.createdAt()))
                .update();
        log.record(Processing.of("siting.scan.save", "scan", id.toString(), ScoringModels.PURPOSE, LegalBasis.PUBLIC_TASK_WMO));
        return snapshot;
    }

    @Transactional(readOnly = true)
    public Optional<ScanSnapshot> find(UUID id) {
        return jdbc.sql("select snapshot::text from scan where id = ?").param(id).query(String.class).optional()
                .map(text -> json.readValue(text, ScanSnapshot.class));
    }

    /** Saved scans, newest first, optionally of one municipality. */
    @Transactional(readOnly = true)
    public List<ScanSnapshot> list(String municipalityCode, int limit, int offset) {
        return jdbc.sql("""
                select snapshot::text from scan where (:m::varchar is null or municipality_code = :m)
                order by created_at desc limit :limit offset :offset""")
                .param("m", municipalityCode).param("limit", limit).param("offset", offset)
                .query(String.class).list().stream().map(text -> json.readValue(text, ScanSnapshot.class)).toList();
    }

    @Transactional(readOnly = true)
    public long count(String municipalityCode) {
        return jdbc.sql("select count(*) from scan where (:m::varchar is null or municipality_code = :m)")
                .param("m", municipalityCode).query(Long.class).single();
    }
}
