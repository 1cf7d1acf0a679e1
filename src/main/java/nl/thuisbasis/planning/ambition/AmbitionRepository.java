package nl.thuisbasis.planning.ambition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.planning.domain.HousingType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the ambition and the bids. */
@Repository
class AmbitionRepository {

    private final JdbcClient jdbc;

    AmbitionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Ambition(UUID id, String region, HousingType type, int year, int places, boolean careLoadCorrection, String note,
            int version, String updatedBy, Instant updatedAt) {
    }

    record Bid(UUID id, String region, String municipality, HousingType type, int year, int places, String note, int version,
            String updatedBy, Instant updatedAt) {
    }

    /** A filter of bids: any part may be null. */
    record BidFilter(String region, String municipality, HousingType type, Integer year) {
    }

    List<Ambition> ambitions(String region, int limit, int offset) {
        return jdbc.sql("select * from planning_ambition where region_code = ? order by year, housing_type limit ? offset ?")
                .params(region, limit, offset).query(AmbitionRepository::ambition).list();
    }

    long countAmbitions(String region) {
        return jdbc.sql("select count(*) from planning_ambition where region_code = ?").param(region).query(Long.class).single();
    }

    Optional<Ambition> ambition(UUID id) {
        return jdbc.sql("select * from planning_ambition where id = ?").param(id).query(AmbitionRepository::ambition).optional();
    }

    boolean ambitionExists(String region, HousingType type, int year) {
        return jdbc.sql("select count(*) from planning_ambition where region_code = ? and housing_type = ? and year = ?")
                .params(region, type.name(), year).query(Long.class).single() > 0;
    }

    void insertAmbition(UUID id, String region, HousingType type, int year, int places, boolean correction, String note, String actor) {
        jdbc.sql("""
                insert into planning_ambition (id, region_code, housing_type, year, places, care_load_correction, note, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""").params(id, region, type.name(), year, places, correction, note, actor).update();
    }

    boolean updateAmbition(UUID id, int version, int places, boolean correction, String note, String actor) {
        return jdbc.sql("""
                update planning_ambition set places = ?, care_load_correction = ?, note = ?, updated_by = ?, updated_at = now(),
                    version = version + 1 where id = ? and version = ?""")
                .params(places, correction, note, actor, id, version).update() == 1;
    }

    private static final String BID_WHERE = """
             where (:r::varchar is null or region_code = :r) and (:m::varchar is null or municipality_code = :m)
               and (:t::varchar is null or housing_type = :t) and (:y::integer is null or year = :y)""";

    List<Bid> bids(BidFilter f, int limit, int offset) {
        return jdbc.sql("select * from planning_bid " + BID_WHERE + " order by year, housing_type, municipality_code limit :l offset :o")
                .param("r", f.region()).param("m", f.municipality()).param("t", f.type() == null ? null : f.type().name())
                .param("y", f.year()).param("l", limit).param("o", offset).query(AmbitionRepository::bid).list();
    }

    long countBids(BidFilter f) {
        return jdbc.sql("select count(*) from planning_bid " + BID_WHERE)
                .param("r", f.region()).param("m", f.municipality()).param("t", f.type() == null ? null : f.type().name())
                .param("y", f.year()).query(Long.class).single();
    }

    Optional<Bid> bid(UUID id) {
        return jdbc.sql("select * from planning_bid where id = ?").param(id).query(AmbitionRepository::bid).optional();
    }

    boolean bidExists(String municipality, HousingType type, int year) {
        return jdbc.sql("select count(*) from planning_bid where municipality_code = ? and housing_type = ? and year = ?")
                .params(municipality, type.name(), year).query(Long.class).single() > 0;
    }

    void insertBid(UUID id, String region, String municipality, HousingType type, int year, int places, String note, String actor) {
        jdbc.sql("""
                insert into planning_bid (id, region_code, municipality_code, housing_type, year, places, note, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""").params(id, region, municipality, type.name(), year, places, note, actor).update();
    }

    boolean updateBid(UUID id, int version, int places, String note, String actor) {
        return jdbc.sql("""
                update planning_bid set places = ?, note = ?, updated_by = ?, updated_at = now(), version = version + 1
                where id = ? and version = ?""").params(places, note, actor, id, version).update() == 1;
    }

    /** All ambitions and bids of a region within the years, for the overview. */
    List<Ambition> ambitionsIn(String region, int from, int to) {
        return jdbc.sql("select * from planning_ambition where region_code = ? and year between ? and ? order by year, housing_type")
                .params(region, from, to).query(AmbitionRepository::ambition).list();
    }

    List<Bid> bidsIn(String region, int from, int to) {
        return jdbc.sql("select * from planning_bid where region_code = ? and year between ? and ?")
                .params(region, from, to).query(AmbitionRepository::bid).list();
    }

    private static Ambition ambition(ResultSet rs, int row) throws SQLException {
        return new Ambition(rs.getObject("id", UUID.class), rs.getString("region_code"), HousingType.valueOf(rs.getString("housing_type")),
                rs.getInt("year"), rs.getInt("places"), rs.getBoolean("care_load_correction"), rs.getString("note"),
                rs.getInt("version"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }

    private static Bid bid(ResultSet rs, int row) throws SQLException {
        return new Bid(rs.getObject("id", UUID.class), rs.getString("region_code"), rs.getString("municipality_code"),
                HousingType.valueOf(rs.getString("housing_type")), rs.getInt("year"), rs.getInt("places"), rs.getString("note"),
                rs.getInt("version"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }
}
