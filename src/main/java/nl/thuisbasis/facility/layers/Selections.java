package nl.thuisbasis.facility.layers;

import nl.thuisbasis.identity.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.thuisbasis.facility.FacilityCategory;
import nl.thuisbasis.facility.domain.FacilityAccess;
import nl.thuisbasis.facility.domain.Layer;
import nl.thuisbasis.identity.Viewer;
import nl.thuisbasis.facility.domain.Visibility;
import nl.thuisbasis.facility.layers.FacilityLayers.PublicArea;
import nl.thuisbasis.facility.layers.FacilityLayers.PublicLayer;
import nl.thuisbasis.facility.register.FacilityFilter;
import nl.thuisbasis.facility.register.FacilityQuery;
import nl.thuisbasis.facility.register.FacilityResponse;
import nl.thuisbasis.facility.register.FacilityService;
import nl.thuisbasis.facility.register.FacilityView;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.region.MunicipalitySummary;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
import nl.thuisbasis.region.RegionProperties;
import org.springframework.stereotype.Component;

/**
 * What one viewer sees for one filter, the same behind the map, its data, the table and the CSV export: the public
 * layer's areas, totals and publicly listed facilities, or the facilities of the viewer's own layer.
 */
@Component
class Selections {

    private final FacilityService service;
    private final FacilityLayers layers;
    private final FacilityQuery query;
    private final Organisations organisations;
    private final RegionCatalog regions;
    private final RegionProperties regionProperties;

    Selections(FacilityService service, FacilityLayers layers, FacilityQuery query, Organisations organisations,
            RegionCatalog regions, RegionProperties regionProperties) {
        this.service = service;
        this.layers = layers;
        this.query = query;
        this.organisations = organisations;
        this.regions = regions;
        this.regionProperties = regionProperties;
    }

    /**
     * The filter as the pages send it: one value per field (a comma list where the API takes several), empty means
     * all. Codes are read by the same rules as the API's filters, so a wrong one is a problem on the page, not an error.
     */
    public record Filters(String municipality, String category, String type, String targetGroup, String provider, String status) {

        public String queryString() {
            StringBuilder q = new StringBuilder();
            append(q, "municipality", municipality);
            append(q, "category", category);
            append(q, "type", type);
            append(q, "targetGroup", targetGroup);
            append(q, "provider", provider);
            append(q, "status", status);
            return q.toString();
        }

        private static void append(StringBuilder q, String name, String value) {
            if (value != null && !value.isBlank()) {
                q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    /** What one viewer sees for one filter: the public areas and points, or the facilities of their layer. */
    public record Selection(Layer layer, List<FacilityResponse> facilities, List<PublicArea> areas,
            List<PublicLayerTotal> municipalities, List<Problem> problems) {

        public int count() {
            return layer == Layer.PUBLIC ? areas.size() + facilities.size() : facilities.size();
        }
    }

    /** A municipality total of the public layer (secret addresses included, never listed one by one). */
    public record PublicLayerTotal(String code, String name, int facilities, int capacityRounded) {
    }

    Selection select(Filters filters) {
        Viewer viewer = CurrentUser.currentViewer();
        Layer layer = FacilityAccess.layerOf(viewer);
        List<Problem> problems = new ArrayList<>();
        List<String> regionCodes = demoRegion().map(Region::municipalityCodes).orElse(List.of());
        List<String> municipalities = filters.municipality() == null || filters.municipality().isBlank()
                ? regionCodes : List.of(filters.municipality());
        Set<FacilityCategory> categories = EnumSet.noneOf(FacilityCategory.class);
        if (filters.category() != null && !filters.category().isBlank()) {
            FacilityCategory c = FacilityQuery.code(FacilityCategory.class, "category", filters.category(), problems);
            if (c != null) {
                categories.add(c);
            }
        }
        if (layer == Layer.PUBLIC) {
            // the public may filter by place and broad category only: finer filters would single facilities out
            FacilityFilter filter = query.filter(null, municipalities, List.of(), List.of(), List.of(), List.of(), problems);
            if (!problems.isEmpty()) {
                return new Selection(layer, List.of(), List.of(), List.of(), problems);
            }
            // PC4 figures and municipality totals are never recounted per filter: subtracting two filtered counts
            // would single out one facility. The category filter narrows the publicly listed points only.
            PublicLayer pub = layers.publicLayer(filter.municipalityCodes());
            List<FacilityResponse> listed = pub.facilities().stream()
                    .filter(f -> categories.isEmpty() || categories.contains(f.category()))
                    .map(f -> FacilityResponse.of(new FacilityView(f, Visibility.PUBLIC, false), null))
                    .toList();
            Map<String, String> names = municipalityNames(regionCodes);
            List<PublicLayerTotal> totals = pub.municipalities().stream()
                    .map(m -> new PublicLayerTotal(m.municipalityCode(), names.getOrDefault(m.municipalityCode(), m.municipalityCode()),
                            m.facilities(), m.capacityRounded()))
                    .toList();
            return new Selection(layer, listed, pub.areas(), totals, problems);
        }
        FacilityFilter filter = query.filter(null, municipalities, list(filters.type()), list(filters.targetGroup()),
                list(filters.provider()), list(filters.status()), problems);
        if (!problems.isEmpty()) {
            return new Selection(layer, List.of(), List.of(), List.of(), problems);
        }
        List<FacilityResponse> rows = service.list(viewer, filter).stream()
                .filter(v -> categories.isEmpty() || categories.contains(v.facility().category()))
                .map(v -> FacilityResponse.of(v, organisations.nameOf(v.facility().providerCode())))
                .toList();
        return new Selection(layer, rows, List.of(), List.of(), problems);
    }

    /** The municipalities of the demo region by code, ordered by name: the choices of the municipality filter. */
    Map<String, String> municipalities() {
        return municipalityNames(demoRegion().map(Region::municipalityCodes).orElse(List.of()));
    }

    private Optional<Region> demoRegion() {
        return regions.region(regionProperties.demoRegion());
    }

    private Map<String, String> municipalityNames(List<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        // one summary per code: the page is exactly as long as the list asked for
        regions.municipalities(codes, codes.size(), 0).stream()
                .sorted(Comparator.comparing(MunicipalitySummary::name))
                .forEach(m -> names.put(m.code(), m.name()));
        return names;
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }
}
