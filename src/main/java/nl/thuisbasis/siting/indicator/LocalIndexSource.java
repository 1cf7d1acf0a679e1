package nl.thuisbasis.siting.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.siting.Direction;
import nl.thuisbasis.siting.IndicatorDefinition;
import nl.thuisbasis.siting.ScanIndicatorSource;
import nl.thuisbasis.siting.ScanPlace;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Local indices imported per neighbourhood and year (for example Rotterdam's Wijkprofiel social, physical and
 * safety index, 100 = city average, or a Leefbaarometer score); the latest year of each index counts.
 */
@Component
class LocalIndexSource implements ScanIndicatorSource {

    static final String PREFIX = Indicators.LOCAL_INDEX_PREFIX;
    static final String LABEL = "siting.indicator.local-index";

    private final JdbcClient jdbc;

    private final Messages messages;

    LocalIndexSource(JdbcClient jdbc, Messages messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    private final java.util.concurrent.atomic.AtomicLong revision = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public long revision() {
        return revision.get();
    }

    /** Called after an import stored new index values. */
    void changed() {
        revision.incrementAndGet();
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return jdbc.sql("select distinct name from local_index order by name").query(String.class).list().stream()
                .map(name -> new IndicatorDefinition(PREFIX + name, messages.text(Messages.DUTCH, LABEL, name),
                        Direction.HIGHER_IS_LESS_STRAIN, 1, "Lokale index (import)"))
                .toList();
    }

    /** "Lokale index: {name}" in the reader's language. */
    @Override
    public Problem.Label text(IndicatorDefinition indicator) {
        return Problem.label(LABEL, indicator.key().substring(PREFIX.length()));
    }

    @Override
    public List<Map<String, Double>> values(List<ScanPlace> places) {
        List<String> codes = places.stream().map(ScanPlace::areaCode).distinct().toList();
        Map<String, Map<String, Double>> byArea = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql("""
                    select distinct on (area_code, name) area_code, name, value from local_index
                    where area_code in (:codes) order by area_code, name, year desc""")
                    .param("codes", codes)
                    .query(rs -> {
                        byArea.computeIfAbsent(rs.getString("area_code"), k -> new HashMap<>())
                                .put(PREFIX + rs.getString("name"), rs.getBigDecimal("value").doubleValue());
                    });
        }
        List<Map<String, Double>> result = new ArrayList<>();
        places.forEach(p -> result.add(byArea.getOrDefault(p.areaCode(), Map.of())));
        return result;
    }
}
