package nl.thuisbasis.siting.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.siting.IndicatorDefinition;
import nl.thuisbasis.siting.ScanIndicatorSource;
import nl.thuisbasis.siting.ScanPlace;
import nl.thuisbasis.siting.SitingProperties;
import org.springframework.stereotype.Component;

/**
 * The CBS key figures that count in the scan (configured), with the district's figure where the neighbourhood has none.
 * An indicator's name is the message {@code siting.indicator.<key>} where the bundles have it (so that it reads in the
 * reader's language), otherwise the label configured with it.
 */
@Component
class CbsIndicatorSource implements ScanIndicatorSource {

    static final String SOURCE = "CBS kerncijfers wijken en buurten";

    private final RegionCatalog catalog;
    private final SitingProperties properties;
    private final nl.thuisbasis.region.GeoLookup geo;
    private final Messages messages;

    CbsIndicatorSource(RegionCatalog catalog, SitingProperties properties, nl.thuisbasis.region.GeoLookup geo,
            Messages messages) {
        this.catalog = catalog;
        this.properties = properties;
        this.geo = geo;
        this.messages = messages;
    }

    @Override
    public Problem.Label text(IndicatorDefinition indicator) {
        String key = Indicators.TEXT_PREFIX + indicator.key();
        return messages.has(key) ? Problem.label(key) : null;
    }

    @Override
    public long revision() {
        return geo.revision();
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        return properties.cbsIndicators().stream()
                .map(i -> new IndicatorDefinition(i.key(), i.label(), i.direction(), i.weight(), SOURCE)).toList();
    }

    @Override
    public List<Map<String, Double>> values(List<ScanPlace> places) {
        List<Area> areas = catalog.areas(places.stream().map(ScanPlace::areaCode).distinct().toList());
        Map<String, Map<String, BigDecimal>> figures = catalog.figuresWithDistrictFallback(areas);
        List<Map<String, Double>> result = new ArrayList<>();
        for (ScanPlace place : places) {
            Map<String, BigDecimal> own = figures.getOrDefault(place.areaCode(), Map.of());
            Map<String, Double> values = new java.util.HashMap<>();
            for (SitingProperties.CbsIndicator indicator : properties.cbsIndicators()) {
                BigDecimal value = own.get(indicator.key());
                if (value != null) {
                    values.put(indicator.key(), value.doubleValue());
                }
            }
            result.add(values);
        }
        return result;
    }
}
