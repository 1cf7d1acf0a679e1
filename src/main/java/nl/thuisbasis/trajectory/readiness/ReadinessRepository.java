package nl.thuisbasis.trajectory.readiness;

import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.trajectory.domain.ReadinessChecklist.Confirmation;
import nl.thuisbasis.trajectory.domain.ReadinessChecklist.Item;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the regions' readiness checklists and the clients' confirmations. */
@Repository
class ReadinessRepository {

    private final JdbcClient jdbc;

    ReadinessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The region's own list, in order (empty: it uses the shipped list). */
    List<Item> items(String region) {
        return jdbc.sql("select code, name_nl, name_en, active from readiness_item where region_code = ? order by position, code")
                .param(region).query((rs, row) -> new Item(rs.getString("code"), rs.getString("name_nl"), rs.getString("name_en"),
                        rs.getBoolean("active"))).list();
    }

    void insertItem(String region, int position, Item item, String by) {
        jdbc.sql("""
                insert into readiness_item (region_code, code, position, name_nl, name_en, active, changed_by)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(region, item.code(), position, item.nameNl(), item.nameEn(), item.active(), by).update();
    }

    boolean setActive(String region, String code, boolean active, String by) {
        return jdbc.sql("update readiness_item set active = ?, changed_by = ?, changed_at = now() where region_code = ? and code = ?")
                .params(active, by, region, code).update() == 1;
    }

    Map<String, Confirmation> confirmations(UUID client) {
        Map<String, Confirmation> found = new LinkedHashMap<>();
        jdbc.sql("select item_code, confirmed_on, confirmed_by from client_readiness where client_id = ?").param(client)
                .query((rs, row) -> found.put(rs.getString("item_code"), new Confirmation(rs.getString("item_code"),
                        rs.getDate("confirmed_on").toLocalDate(), rs.getString("confirmed_by")))).list();
        return found;
    }

    int version(UUID client) {
        return jdbc.sql("select readiness_version from trajectory_client where id = ?").param(client).query(Integer.class).single();
    }

    /** Takes the next version if the one read is still current; false when someone changed the checklist since. */
    boolean nextVersion(UUID client, int version) {
        return jdbc.sql("update trajectory_client set readiness_version = readiness_version + 1 where id = ? and readiness_version = ?")
                .params(client, version).update() == 1;
    }

    void confirm(UUID client, Confirmation c, String recordedBy) {
        jdbc.sql("""
                insert into client_readiness (client_id, item_code, confirmed_on, confirmed_by, recorded_by) values (?, ?, ?, ?, ?)
                on conflict (client_id, item_code) do update set confirmed_on = excluded.confirmed_on,
                    confirmed_by = excluded.confirmed_by, recorded_by = excluded.recorded_by, recorded_at = now()
                """).params(client, c.item(), Date.valueOf(c.on()), c.by().strip(), recordedBy).update();
    }

    void withdraw(UUID client, String item) {
        jdbc.sql("delete from client_readiness where client_id = ? and item_code = ?").params(client, item).update();
    }

    /** Links the client with this number to their candidacy; the client's id, when there was one without a link. */
    java.util.Optional<UUID> link(String provider, String clientNumber, UUID candidate) {
        return jdbc.sql("""
                update trajectory_client set candidate_id = ?, version = version + 1
                where provider_code = ? and lower(client_number) = lower(?) and candidate_id is null returning id
                """).params(candidate, provider, clientNumber).query(UUID.class).optional();
    }
}
