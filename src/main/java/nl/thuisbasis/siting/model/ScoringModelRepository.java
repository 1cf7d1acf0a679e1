package nl.thuisbasis.siting.model;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisbasis.siting.Direction;
import nl.thuisbasis.siting.domain.IndicatorWeight;
import nl.thuisbasis.siting.domain.ScoringModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of the scoring models: one row per region and version, the definition as JSON. */
@Repository
class ScoringModelRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ScoringModelRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ScoringModel> version(String regionCode, int version) {
        return jdbc.sql("select * from scoring_model where region_code = ? and version = ?").params(regionCode, version)
                .query((rs, row) -> read(rs.getString("region_code"), rs.getInt("version"), rs.getString("definition")))
                .optional();
    }

    Optional<ModelVersion> latest(String regionCode) {
        return jdbc.sql("select * from scoring_model where region_code = ? order by version desc limit 1").param(regionCode)
                .query(this::modelVersion).optional();
    }

    List<ModelVersion> history(String regionCode) {
        return jdbc.sql("select * from scoring_model where region_code = ? order by version desc").param(regionCode)
                .query(this::modelVersion).list();
    }

    void insert(ScoringModel model, String actor, String note) {
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("orangeFrom", model.orangeFrom());
        definition.put("redFrom", model.redFrom());
        definition.put("indicators", model.indicators().stream().map(i -> Map.of("key", i.key(), "label", i.label(),
                "direction", i.direction().name(), "weight", i.weight())).toList());
        jdbc.sql("""
                insert into scoring_model (region_code, version, definition, created_by, note)
                values (?, ?, ?::jsonb, ?, ?) on conflict do nothing""")
                .params(model.regionCode(), model.version(), json.writeValueAsString(definition), actor, note).update();
    }

    private ModelVersion modelVersion(ResultSet rs, int row) throws SQLException {
        return new ModelVersion(read(rs.getString("region_code"), rs.getInt("version"), rs.getString("definition")),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("note"));
    }

    private ScoringModel read(String region, int version, String definition) {
        JsonNode node = json.readTree(definition);
        List<IndicatorWeight> indicators = new ArrayList<>();
        node.path("indicators").forEach(i -> indicators.add(new IndicatorWeight(i.path("key").asString(),
                i.path("label").asString(), Direction.valueOf(i.path("direction").asString()), i.path("weight").asDouble())));
        return new ScoringModel(region, version, indicators, node.path("orangeFrom").asDouble(), node.path("redFrom").asDouble());
    }
}
