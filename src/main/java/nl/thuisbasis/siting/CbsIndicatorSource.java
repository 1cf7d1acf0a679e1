package nl.thuisbasis.siting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.RegionCatalog;
import org.springframework.stereotype.Component;

/** The CBS key figures that count in the scan (configured), with the district's figure where the neighbourhood has none. */
@Component
class CbsIndicatorSource implements ScanIndicatorSource {

    static final String SOURCE = "CBS kerncijfers wijken en buurten";

    private final RegionCatalog catalog;
    private final SitingProperties properties;
    private final nl.thuisbasis.region.GeoLookup geo;

    CbsIndicatorSource(RegionCatalog catalog, SitingProperties properties, nl.thuisbasis.region.GeoLookup geo) {
        this.catalog = catalog;
        this.properties = properties;
        this.geo = geo;
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
