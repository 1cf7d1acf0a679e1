package nl.thuisbasis.outflow.contingent;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Decided contingents with their split over the municipalities, and the corporations' social rental stock, in SQL. */
@Repository
class ContingentRepository {

    private final JdbcClient jdbc;

    ContingentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A decided contingent as stored: the totals, and per municipality its share. */
    record Stored(int total, boolean careLoadCorrection, String decidedBy, String recordedBy, Instant recordedAt,
            List<StoredShare> shares) {
    }

    record StoredShare(String municipalityCode, long households, double factor, double exact, int contingent) {
    }

    /** Replaces the year's decision with this one. */
    void replace(String regionCode, int year, int total, boolean careLoadCorrection, String decidedBy, String actor,
            List<StoredShare> shares) {
        jdbc.sql("delete from contingent where region_code = ? and year = ?").params(regionCode, year).update();
        jdbc.sql("""
                insert into contingent (region_code, year, total, care_load_correction, decided_by, recorded_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(regionCode, year, total, careLoadCorrection, decidedBy, actor).update();
        for (StoredShare m : shares) {
            jdbc.sql("""
                    insert into contingent_share (region_code, year, municipality_code, households, factor, exact, contingent)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(regionCode, year, m.municipalityCode(), m.households(), m.factor(), m.exact(), m.contingent()).update();
        }
    }

    Optional<Stored> decided(String regionCode, int year) {
        return jdbc.sql("select * from contingent where region_code = ? and year = ?").params(regionCode, year)
                .query((rs, n) -> new Stored(rs.getInt("total"), rs.getBoolean("care_load_correction"),
                        rs.getString("decided_by"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                        jdbc.sql("select * from contingent_share where region_code = ? and year = ? order by contingent desc, municipality_code")
                                .params(regionCode, year)
                                .query((r, i) -> new StoredShare(r.getString("municipality_code"), r.getLong("households"),
                                        r.getDouble("factor"), r.getDouble("exact"), r.getInt("contingent")))
                                .list()))
                .optional();
    }

    void saveStock(String regionCode, int year, String municipalityCode, String corporationCode, int dwellings, String actor) {
        jdbc.sql("""
                insert into corporation_stock (region_code, year, municipality_code, corporation_code, dwellings, recorded_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (region_code, year, municipality_code, corporation_code) do update set dwellings = excluded.dwellings,
                    recorded_by = excluded.recorded_by, recorded_at = now()""")
                .params(regionCode, year, municipalityCode, corporationCode, dwellings, actor).update();
    }

    /** The stock entered for a year: municipality -> corporation -> dwellings (corporations in the database's order of code). */
    Map<String, Map<String, Integer>> stockInCodeOrder(String regionCode, int year) {
        Map<String, Map<String, Integer>> stock = new TreeMap<>();
        jdbc.sql("select municipality_code, corporation_code, dwellings from corporation_stock where region_code = ? and year = ? order by corporation_code")
                .params(regionCode, year)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3)}).list()
                .forEach(r -> stock.computeIfAbsent((String) r[0], k -> new LinkedHashMap<>()).put((String) r[1], (Integer) r[2]));
        return stock;
    }

    /** The stock entered for a year: municipality -> corporation -> dwellings, both sorted. */
    Map<String, Map<String, Integer>> stock(String regionCode, int year) {
        Map<String, Map<String, Integer>> stock = new TreeMap<>();
        jdbc.sql("select municipality_code, corporation_code, dwellings from corporation_stock where region_code = ? and year = ?")
                .params(regionCode, year)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3)}).list()
                .forEach(r -> stock.computeIfAbsent((String) r[0], k -> new TreeMap<>()).put((String) r[1], (Integer) r[2]));
        return stock;
    }
}
