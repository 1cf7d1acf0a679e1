package nl.thuisbasis.oversight.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.oversight.domain.InventoryAnswers;
import nl.thuisbasis.oversight.domain.Regime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of inventories and their checklists. */
@Repository
class InventoryRepository {

    private final JdbcClient jdbc;

    InventoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new inventory; a title of null is written by the page in the reader's language ("Inventory" and its date). */
    void insert(InventoryId id, String municipalityCode, String title, String actor) {
        jdbc.sql("insert into inventory (id, municipality_code, title, started_by) values (?, ?, ?, ?)")
                .params(id.value(), municipalityCode, title, actor).update();
    }

    /** The checklist of one location, prefilled from what oversight knows of it. */
    void insertChecklist(InventoryId id, Facility f) {
        jdbc.sql("""
                insert into inventory_answer (inventory_id, facility_id, facility_name, committee_present, committee_meets,
                    covenant_present, covenant_last_review, register_kept, report_card_present, needed_regime)
                select ?, ?, ?, coalesce(p.committee_present, false), coalesce(p.committee_present, false),
                    coalesce(p.covenant_present, false), p.covenant_last_review, coalesce(p.covenant_has_register, false),
                    coalesce(p.covenant_has_report_card, false), coalesce(p.regime, 'DORMANT')
                from (select 1) one left join oversight_profile p on p.facility_id = ?""")
                .params(id.value(), f.id().value(), f.name(), f.id().value()).update();
    }

    /** The inventories in a municipality (null: all), newest first. */
    List<Inventories.Summary> list(String scope) {
        return jdbc.sql("""
                select i.*, (select count(*) from inventory_answer a where a.inventory_id = i.id) as locations,
                    (select count(*) from inventory_answer a where a.inventory_id = i.id and a.answered) as answered
                from inventory i where ?::varchar is null or municipality_code = ? order by started_at desc""")
                .params(scope, scope)
                .query((rs, n) -> new Inventories.Summary(rs.getObject("id", UUID.class), rs.getString("municipality_code"),
                        rs.getString("title"), rs.getTimestamp("started_at").toInstant(), rs.getInt("locations"),
                        rs.getInt("answered"))).list();
    }

    /** Records the checklist of one location; the number of rows changed (0: the location is not in the inventory). */
    int answer(InventoryId id, InventoryAnswers answers, String actor) {
        return jdbc.sql("""
                update inventory_answer set committee_present = ?, committee_meets = ?, covenant_present = ?,
                    covenant_last_review = ?, register_kept = ?, report_card_present = ?, liveability_score = ?, needed_regime = ?,
                    answered = true, answered_by = ?, answered_at = now()
                where inventory_id = ? and facility_id = ?""")
                .params(answers.committeePresent(), answers.committeeMeetsPeriodically(), answers.covenantPresent(),
                        answers.covenantLastReviewed(), answers.reportRegisterKept(), answers.reportCardPresent(),
                        answers.liveabilityScore(), answers.neededRegime().name(), actor, id.value(),
                        UUID.fromString(answers.locationCode()))
                .update();
    }

    /** The inventory, when it lies in the municipality (null: any). */
    Optional<Inventories.Inventory> find(InventoryId id, String scope) {
        return jdbc.sql("select * from inventory where id = ? and (?::varchar is null or municipality_code = ?)")
                .params(id.value(), scope, scope)
                .query((rs, row) -> {
                    List<InventoryAnswers> answers = answers(id);
                    int answered = jdbc.sql("select count(*) from inventory_answer where inventory_id = ? and answered")
                            .param(id.value()).query(Integer.class).single();
                    return new Inventories.Inventory(id.value(), rs.getString("municipality_code"), rs.getString("title"),
                            rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(), answers, answered);
                })
                .optional();
    }

    private List<InventoryAnswers> answers(InventoryId id) {
        return jdbc.sql("select * from inventory_answer where inventory_id = ? order by facility_name").param(id.value())
                .query((rs, row) -> new InventoryAnswers(rs.getObject("facility_id", UUID.class).toString(),
                        rs.getString("facility_name"), rs.getBoolean("committee_present"), rs.getBoolean("committee_meets"),
                        rs.getBoolean("covenant_present"), rs.getObject("covenant_last_review", LocalDate.class),
                        rs.getBoolean("register_kept"), rs.getBoolean("report_card_present"),
                        (Integer) rs.getObject("liveability_score"), Regime.valueOf(rs.getString("needed_regime"))))
                .list();
    }
}
