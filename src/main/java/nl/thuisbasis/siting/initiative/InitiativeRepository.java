package nl.thuisbasis.siting.initiative;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.thuisbasis.facility.CapacityUnit;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;
import nl.thuisbasis.siting.domain.InitiativeStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of initiatives and their steps. */
@Repository
class InitiativeRepository {

    private final JdbcClient jdbc;

    InitiativeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String name, FacilityDraft intended, String municipality, String actor) {
        jdbc.sql("""
                insert into initiative (id, name, provider_code, facility_type, target_groups, capacity, capacity_unit,
                    street, house_number, postcode, place, lon, lat, municipality_code, created_by)
                values (?, ?, ?, ?, ?::varchar[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, name.trim(), intended.providerCode(), intended.type().name(),
                        "{" + String.join(",", intended.targetGroups().stream().map(Enum::name).sorted().toList()) + "}",
                        intended.capacity(), intended.capacityUnit().name(), intended.street().trim(),
                        intended.houseNumber().trim(), intended.normalisedPostcode(), intended.place().trim(),
                        intended.lon(), intended.lat(), municipality, actor)
                .update();
    }

    void insertStep(UUID initiativeId, StepInput input, String actor) {
        jdbc.sql("""
                insert into initiative_step (id, initiative_id, step, step_date, scan_id, decision_body, approved,
                    published_on, notes, links, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), initiativeId, input.step().name(), input.date(),
                        input.step() == InitiativeStep.SCAN ? input.scanId() : null,
                        input.step() == InitiativeStep.DECISION ? input.decisionBody() : null,
                        input.step() == InitiativeStep.DECISION ? input.approved() : null,
                        input.step() == InitiativeStep.DECISION ? input.publishedOn() : null,
                        blankToNull(input.notes()), blankToNull(input.links()), actor)
                .update();
    }

    void linkFacility(UUID initiativeId, UUID facilityId) {
        jdbc.sql("update initiative set facility_id = ? where id = ?").params(facilityId, initiativeId).update();
    }

    /** The initiative, when it lies in {@code scope} (a municipality code; null: anywhere). */
    Optional<Initiative> find(UUID id, String scope) {
        List<Initiative.Step> steps = jdbc.sql("select * from initiative_step where initiative_id = ? order by step_date, recorded_at")
                .param(id).query(InitiativeRepository::step).list();
        return jdbc.sql("select * from initiative where id = ? and (?::varchar is null or municipality_code = ?)")
                .params(id, scope, scope)
                .query((rs, row) -> initiative(rs, steps)).optional();
    }

    /** The initiatives in {@code scope} (a municipality code; null: all), newest first, with their steps. */
    List<Initiative> list(String scope) {
        Map<UUID, List<Initiative.Step>> steps = new HashMap<>();
        jdbc.sql("""
                select s.* from initiative_step s join initiative i on i.id = s.initiative_id
                where (:m::varchar is null or i.municipality_code = :m) order by s.step_date, s.recorded_at""")
                .param("m", scope)
                .query((rs, row) -> steps.computeIfAbsent(rs.getObject("initiative_id", UUID.class), k -> new java.util.ArrayList<>())
                        .add(step(rs, row)))
                .list();
        return jdbc.sql("select * from initiative where (:m::varchar is null or municipality_code = :m) order by created_at desc")
                .param("m", scope)
                .query((rs, row) -> initiative(rs, steps.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    boolean scanExists(UUID scanId) {
        return jdbc.sql("select count(*) from scan where id = ?").param(scanId).query(Long.class).single() > 0;
    }

    private static Initiative initiative(ResultSet rs, List<Initiative.Step> steps) throws SQLException {
        return new Initiative(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("provider_code"),
                FacilityType.valueOf(rs.getString("facility_type")), groups(rs.getArray("target_groups")),
                rs.getInt("capacity"), CapacityUnit.valueOf(rs.getString("capacity_unit")), rs.getString("street"),
                rs.getString("house_number"), rs.getString("postcode"), rs.getString("place"), rs.getDouble("lon"),
                rs.getDouble("lat"), rs.getString("municipality_code"), rs.getObject("facility_id", UUID.class),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), steps);
    }

    private static Initiative.Step step(ResultSet rs, int row) throws SQLException {
        return new Initiative.Step(rs.getObject("id", UUID.class), InitiativeStep.valueOf(rs.getString("step")),
                rs.getObject("step_date", LocalDate.class), rs.getObject("scan_id", UUID.class), rs.getString("decision_body"),
                (Boolean) rs.getObject("approved"), rs.getObject("published_on", LocalDate.class), rs.getString("notes"),
                rs.getString("links"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    private static Set<TargetGroup> groups(Array array) throws SQLException {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (array != null) {
            Arrays.stream((Object[]) array.getArray()).map(o -> TargetGroup.valueOf(o.toString())).forEach(groups::add);
        }
        return groups;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
