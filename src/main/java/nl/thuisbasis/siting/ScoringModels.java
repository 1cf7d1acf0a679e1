package nl.thuisbasis.siting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisbasis.audit.LegalBasis;
import nl.thuisbasis.audit.Processing;
import nl.thuisbasis.audit.ProcessingLog;
import nl.thuisbasis.siting.domain.IndicatorWeight;
import nl.thuisbasis.siting.domain.ScoringModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scoring models per region. A model is never changed: saving makes a new version, and a scan keeps the
 * version it used. A region without a model gets version 1 from the indicators on offer and their default weights.
 */
@Service
public class ScoringModels {

    static final String PURPOSE = "Draagkrachtscan: afweging bij het plaatsen van voorzieningen";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final List<ScanIndicatorSource> sources;
    private final SitingProperties properties;
    private final ProcessingLog log;

    ScoringModels(JdbcClient jdbc, JsonMapper json, List<ScanIndicatorSource> sources, SitingProperties properties,
            ProcessingLog log) {
        this.jdbc = jdbc;
        this.json = json;
        this.sources = sources;
        this.properties = properties;
        this.log = log;
    }

    /** A model version with who made it and when. */
    public record ModelVersion(ScoringModel model, String createdBy, java.time.Instant createdAt, String note) {
    }

    /** Every indicator the sources offer, by key. */
    public Map<String, IndicatorDefinition> indicatorsOnOffer() {
        Map<String, IndicatorDefinition> all = new LinkedHashMap<>();
        sources.forEach(s -> s.indicators().forEach(i -> all.putIfAbsent(i.key(), i)));
        return all;
    }

    /** The current model of a region, creating version 1 from the defaults when there is none. */
    @Transactional
    public ScoringModel current(String regionCode) {
        return latest(regionCode).map(ModelVersion::model).orElseGet(() -> {
            ScoringModel initial = new ScoringModel(regionCode, 1, indicatorsOnOffer().values().stream()
                    .map(i -> new IndicatorWeight(i.key(), i.label(), i.direction(), i.defaultWeight())).toList(),
                    properties.orangeFrom(), properties.redFrom());
            insert(initial, "systeem", "Beginmodel met de standaardgewichten");
            return initial;
        });
    }

    @Transactional(readOnly = true)
    public Optional<ScoringModel> version(String regionCode, int version) {
        return jdbc.sql("select * from scoring_model where region_code = ? and version = ?").params(regionCode, version)
                .query((rs, row) -> read(rs.getString("region_code"), rs.getInt("version"), rs.getString("definition")))
                .optional();
    }

    @Transactional(readOnly = true)
    public List<ModelVersion> history(String regionCode) {
        return jdbc.sql("select * from scoring_model where region_code = ? order by version desc").param(regionCode)
                .query((rs, row) -> new ModelVersion(read(rs.getString("region_code"), rs.getInt("version"),
                        rs.getString("definition")), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("note")))
                .list();
    }

    /**
     * Saves changed weights and thresholds as the region's next version.
     *
     * @return the new version, or the problems (in Dutch) when the model cannot be used
     */
    @Transactional
    public ScoringModel save(String regionCode, List<IndicatorWeight> indicators, double orangeFrom, double redFrom,
            String actor, String note) {
        int next = current(regionCode).version() + 1;
        ScoringModel model = new ScoringModel(regionCode, next, indicators, orangeFrom, redFrom);
        List<String> problems = new ArrayList<>(model.problems());
        indicators.stream().filter(i -> !indicatorsOnOffer().containsKey(i.key()))
                .forEach(i -> problems.add("Indicator '" + i.key() + "' bestaat niet."));
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
        insert(model, actor, note);
        log.record(Processing.of("siting.model.save", "scoring_model", regionCode + "/v" + next, PURPOSE,
                LegalBasis.PUBLIC_TASK_WMO));
        return model;
    }

    private Optional<ModelVersion> latest(String regionCode) {
        return history(regionCode).stream().findFirst();
    }

    private void insert(ScoringModel model, String actor, String note) {
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

    private ScoringModel read(String region, int version, String definition) {
        JsonNode node = json.readTree(definition);
        List<IndicatorWeight> indicators = new ArrayList<>();
        node.path("indicators").forEach(i -> indicators.add(new IndicatorWeight(i.path("key").asString(),
                i.path("label").asString(), Direction.valueOf(i.path("direction").asString()), i.path("weight").asDouble())));
        return new ScoringModel(region, version, indicators, node.path("orangeFrom").asDouble(), node.path("redFrom").asDouble());
    }

    /** A model that cannot be used; nothing was saved. */
    public static class InvalidModelException extends RuntimeException {
        private final transient List<String> problems;

        InvalidModelException(List<String> problems) {
            super(String.join(" ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
