package nl.thuisbasis.region;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.thuisbasis.region.area.AreaRepository;
import nl.thuisbasis.region.domain.FigureFallback;
import nl.thuisbasis.region.domain.FigureFallback.ShownFigure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to regions, areas and their CBS key figures for the web, the API and other modules. */
@Service
@Transactional(readOnly = true)
public class RegionCatalog {

    private final AreaRepository areas;

    RegionCatalog(AreaRepository areas) {
        this.areas = areas;
    }

    public List<Region> regions() {
        return areas.regions();
    }

    /** A page of the regions, by name. */
    public List<Region> regions(int limit, int offset) {
        return areas.regions(limit, offset);
    }

    public long countRegions() {
        return areas.countRegions();
    }

    public Optional<Region> region(String code) {
        return code == null ? Optional.empty() : areas.region(code);
    }

    public Optional<Area> area(String code) {
        return areas.find(code);
    }

    /** The areas with these codes, in code order. */
    public List<Area> areas(List<String> codes) {
        return areas.findAll(codes);
    }

    /** Municipalities with inhabitants and households; {@code codes == null} means all. */
    public List<MunicipalitySummary> municipalities(List<String> codes, int limit, int offset) {
        return areas.municipalitySummaries(codes, limit, offset);
    }

    public long countMunicipalities(List<String> codes) {
        return areas.countMunicipalities(codes);
    }

    /**
     * The most detailed areas a municipality has: its neighbourhoods, or its districts where CBS data
     * has no neighbourhoods for it (Gorinchem and Molenlanden in the shipped data).
     */
    public List<Area> finestAreas(String municipalityCode) {
        AreaLevel level = areas.finestLevel(municipalityCode);
        if (level == AreaLevel.MUNICIPALITY) {
            return areas.find(municipalityCode).map(List::of).orElse(List.of());
        }
        return areas.findByMunicipality(municipalityCode, level);
    }

    /** A page of the finest areas of these municipalities (see {@link #finestAreas(String)}), by municipality and code. */
    public List<Area> finestAreas(List<String> municipalityCodes, int limit, int offset) {
        return areas.finestAreas(municipalityCodes, limit, offset);
    }

    public long countFinestAreas(List<String> municipalityCodes) {
        return areas.countFinestAreas(municipalityCodes);
    }

    public Optional<KeyFigures> keyFigures(String areaCode, Integer year) {
        return areas.figures(areaCode, year);
    }

    /** The most recent figures of each area, keyed by area code (areas without figures are absent). */
    public Map<String, KeyFigures> latestKeyFigures(List<String> areaCodes) {
        return areas.latestFigures(areaCodes);
    }

    public List<Integer> figureYears(String areaCode) {
        return areas.figureYears(areaCode);
    }

    /** The figures an area shows: its own (latest or given year) plus its district's where its own are missing. */
    public List<ShownFigure> shownFigures(Area area, Integer year) {
        Optional<KeyFigures> own = areas.figures(area.code(), year);
        Optional<KeyFigures> district = area.districtCode() == null ? Optional.empty()
                : areas.figures(area.districtCode(), null);
        return FigureFallback.resolve(area.code(), own.map(KeyFigures::year).orElse(0),
                own.map(KeyFigures::figures).orElse(Map.of()), district.map(KeyFigures::areaCode).orElse(null),
                district.map(KeyFigures::year).orElse(0), district.map(KeyFigures::figures).orElse(Map.of()));
    }

    public Optional<String> geometry(String code) {
        return areas.geometry(code);
    }

    public Map<String, String> geometries(List<String> codes) {
        return areas.geometries(codes);
    }

    /**
     * The latest figures of each area with its district's figures filling the gaps (for Gorinchem and Molenlanden,
     * whose finest unit is the district, the district's own). Keyed by area code, then by CBS column name.
     */
    public Map<String, Map<String, java.math.BigDecimal>> figuresWithDistrictFallback(List<Area> areas) {
        List<String> codes = new java.util.ArrayList<>();
        for (Area area : areas) {
            codes.add(area.code());
            if (area.districtCode() != null) {
                codes.add(area.districtCode());
            }
        }
        Map<String, KeyFigures> latest = this.areas.latestFigures(codes.stream().distinct().toList());
        Map<String, Map<String, java.math.BigDecimal>> result = new java.util.LinkedHashMap<>();
        for (Area area : areas) {
            Map<String, java.math.BigDecimal> merged = new java.util.LinkedHashMap<>();
            if (area.districtCode() != null && latest.containsKey(area.districtCode())) {
                merged.putAll(latest.get(area.districtCode()).figures());
            }
            if (latest.containsKey(area.code())) {
                merged.putAll(latest.get(area.code()).figures());
            }
            result.put(area.code(), merged);
        }
        return result;
    }
}
