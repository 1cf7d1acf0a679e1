package nl.thuisbasis.trajectory.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.trajectory.domain.Instrument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of life-domain instruments: stored once per code and version, never changed after. */
@Repository
class InstrumentRepository {

    private final JdbcClient jdbc;

    InstrumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An instrument as the list of a page shows it. */
    record Summary(UUID id, String code, int version, String regionCode, java.time.Instant loadedAt, String loadedBy,
            int domains) {
    }

    boolean exists(String code, int version) {
        return jdbc.sql("select count(*) from life_domain_instrument where code = ? and version = ?").params(code, version)
                .query(Long.class).single() > 0;
    }

    int highestVersion(String code) {
        return jdbc.sql("select coalesce(max(version), 0) from life_domain_instrument where code = ?").param(code)
                .query(Integer.class).single();
    }

    UUID insert(Instrument instrument, String regionCode, String loadedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into life_domain_instrument (id, code, version, region_code, loaded_by) values (?, ?, ?, ?, ?)")
                .params(id, instrument.code(), instrument.version(), regionCode, loadedBy).update();
        int position = 0;
        for (Instrument.Domain domain : instrument.domains()) {
            jdbc.sql("insert into life_domain (instrument_id, position, code, name_nl, name_en) values (?, ?, ?, ?, ?)")
                    .params(id, position++, domain.code(), domain.nameNl(), domain.nameEn()).update();
            for (Instrument.Level level : domain.levels()) {
                jdbc.sql("""
                        insert into life_domain_level (instrument_id, domain_code, level, text_nl, text_en)
                        values (?, ?, ?, ?, ?)
                        """).params(id, domain.code(), level.level(), level.nl(), level.en()).update();
            }
        }
        return id;
    }

    /** The instrument a region assesses with now: the last one it loaded, else the newest shipped one. */
    Optional<UUID> current(String regionCode) {
        return jdbc.sql("""
                select id from life_domain_instrument where region_code = ? or region_code is null
                order by (region_code is not null) desc, loaded_at desc, version desc limit 1
                """).param(regionCode).query(UUID.class).optional();
    }

    Optional<Instrument> find(UUID id) {
        Optional<Map<String, Object>> head = jdbc.sql("select code, version from life_domain_instrument where id = ?").param(id)
                .query().listOfRows().stream().findFirst();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Instrument.Domain> domains = new LinkedHashMap<>();
        Map<String, List<Instrument.Level>> levels = new LinkedHashMap<>();
        jdbc.sql("select domain_code, level, text_nl, text_en from life_domain_level where instrument_id = ? order by domain_code, level")
                .param(id).query((rs, row) -> {
                    levels.computeIfAbsent(rs.getString("domain_code"), d -> new ArrayList<>())
                            .add(new Instrument.Level(rs.getInt("level"), rs.getString("text_nl"), rs.getString("text_en")));
                    return null;
                }).list();
        jdbc.sql("select code, name_nl, name_en from life_domain where instrument_id = ? order by position").param(id)
                .query((rs, row) -> domains.put(rs.getString("code"), new Instrument.Domain(rs.getString("code"),
                        rs.getString("name_nl"), rs.getString("name_en"), levels.getOrDefault(rs.getString("code"), List.of()))))
                .list();
        return Optional.of(new Instrument((String) head.get().get("code"), ((Number) head.get().get("version")).intValue(),
                new ArrayList<>(domains.values())));
    }

    List<Summary> list(String regionCode) {
        return jdbc.sql("""
                select i.id, i.code, i.version, i.region_code, i.loaded_at, i.loaded_by,
                       (select count(*) from life_domain d where d.instrument_id = i.id) as domains
                from life_domain_instrument i where i.region_code is null or i.region_code = ?
                order by i.loaded_at desc, i.version desc
                """).param(regionCode).query((rs, row) -> new Summary(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getInt("version"), rs.getString("region_code"), rs.getTimestamp("loaded_at").toInstant(),
                        rs.getString("loaded_by"), rs.getInt("domains"))).list();
    }
}
