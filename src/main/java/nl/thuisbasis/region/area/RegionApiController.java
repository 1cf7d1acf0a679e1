package nl.thuisbasis.region;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.ApiException;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
import nl.thuisbasis.region.domain.FigureFallback.ShownFigure;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Regions, municipalities and neighbourhoods with their CBS key figures (open data, no login).
 * Neighbourhood lists also come as GeoJSON with {@code Accept: application/geo+json}.
 */
@ApiController
@RequestMapping("/api/v1")
@Tag(name = "Gebieden", description = "Regio's, gemeenten, wijken en buurten met CBS-kerncijfers (Bron: CBS / Kadaster)")
class RegionApiController {

    static final String GEO_JSON = "application/geo+json";
    private static final int MAX_PAGE_SIZE = 1000;

    private final RegionCatalog catalog;

    RegionApiController(RegionCatalog catalog) {
        this.catalog = catalog;
    }

    record RegionResponse(String code, String name, String centralMunicipality, List<String> municipalities) {
        static RegionResponse of(Region r) {
            return new RegionResponse(r.code(), r.name(), r.centralMunicipalityCode(), r.municipalityCodes());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MunicipalityResponse(String code, String name, Long inhabitants, Long households, Integer year,
            String finestLevel) {
        static MunicipalityResponse of(MunicipalitySummary m) {
            return new MunicipalityResponse(m.code(), m.name(), m.inhabitants(), m.households(), m.year(),
                    m.finestLevel().apiName());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AreaResponse(String code, String name, String level, String municipalityCode, String districtCode) {
        static AreaResponse of(Area a) {
            return new AreaResponse(a.code(), a.name(), a.level().apiName(), a.municipalityCode(), a.districtCode());
        }
    }

    /** Figures borrowed from the district where the area has none of its own. */
    record DistrictFigures(String districtCode, int year, String note, Map<String, BigDecimal> keyFigures) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AreaDetailResponse(String code, String name, String level, String municipalityCode, String districtCode,
            Integer year, Map<String, BigDecimal> keyFigures, DistrictFigures districtFigures, List<Integer> years,
            String source) {
    }

    @GetMapping("/regions")
    @Operation(operationId = "listRegions", summary = "Alle regio's")
    PagedList<RegionResponse> regions(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize) {
        PageQuery query = PageQuery.of(page, pageSize, 20, 100);
        List<RegionResponse> all = catalog.regions().stream().map(RegionResponse::of).toList();
        return PagedList.of(slice(all, query), query, all.size(), ServletUriComponentsBuilder.fromCurrentRequest());
    }

    @GetMapping("/regions/{code}")
    @Operation(operationId = "getRegion", summary = "Een regio met haar gemeenten")
    RegionResponse region(@PathVariable String code) {
        return catalog.region(code).map(RegionResponse::of)
                .orElseThrow(() -> ApiException.notFound("Regio '" + code + "' bestaat niet."));
    }

    @GetMapping(value = "/municipalities", produces = {MediaType.APPLICATION_JSON_VALUE, GEO_JSON})
    @Operation(operationId = "listMunicipalities",
            summary = "Gemeenten met inwoners en huishoudens (CBS), optioneel van één regio",
            description = "Met Accept: application/geo+json komen de gemeentegrenzen als GeoJSON FeatureCollection terug.")
    @ApiResponse(responseCode = "200", description = "Een pagina gemeenten", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PagedList.class)),
        @Content(mediaType = GEO_JSON, schema = @Schema(type = "object", description = "GeoJSON FeatureCollection"))})
    ResponseEntity<?> municipalities(
            @Parameter(description = "Code van een regio, bijvoorbeeld drechtsteden-alblasserwaard")
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @RequestHeader(value = "Accept", required = false) String accept) {
        PageQuery query = PageQuery.of(page, pageSize, 50, MAX_PAGE_SIZE);
        List<String> codes = region == null ? null : regionMunicipalities(region);
        List<MunicipalitySummary> summaries = catalog.municipalities(codes, query.pageSize(), query.offset());
        long total = catalog.countMunicipalities(codes);
        var self = ServletUriComponentsBuilder.fromCurrentRequest();
        if (wantsGeoJson(accept)) {
            List<Area> areas = catalog.areas(summaries.stream().map(MunicipalitySummary::code).toList());
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(GEO_JSON))
                    .body(featureCollection(areas, query, total, self.build().toUriString()));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(PagedList.of(
                summaries.stream().map(MunicipalityResponse::of).toList(), query, total, self));
    }

    @GetMapping("/municipalities/{code}")
    @Operation(operationId = "getMunicipality", summary = "Een gemeente met haar CBS-kerncijfers")
    AreaDetailResponse municipality(@PathVariable String code,
            @Parameter(description = "Jaar van de kerncijfers; standaard het laatste") @RequestParam(required = false) Integer year) {
        Area area = catalog.area(code).filter(a -> a.level() == AreaLevel.MUNICIPALITY)
                .orElseThrow(() -> ApiException.notFound("Gemeente '" + code + "' bestaat niet."));
        return detail(area, year);
    }

    @GetMapping(value = "/neighbourhoods", produces = {MediaType.APPLICATION_JSON_VALUE, GEO_JSON})
    @Operation(operationId = "listNeighbourhoods",
            summary = "Buurten (of wijken, waar een gemeente geen buurtcijfers heeft) van een gemeente of regio",
            description = "Geeft de fijnste eenheid die een gemeente heeft: buurten, of wijken voor Gorinchem en "
                    + "Molenlanden. Met Accept: application/geo+json komt een GeoJSON FeatureCollection terug.")
    @ApiResponse(responseCode = "200", description = "Een pagina gebieden", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PagedList.class)),
        @Content(mediaType = GEO_JSON, schema = @Schema(type = "object", description = "GeoJSON FeatureCollection"))})
    ResponseEntity<?> neighbourhoods(
            @Parameter(description = "GM-code, bijvoorbeeld GM0505") @RequestParam(required = false) String municipality,
            @Parameter(description = "Code van een regio") @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @RequestHeader(value = "Accept", required = false) String accept) {
        PageQuery query = PageQuery.of(page, pageSize, 100, MAX_PAGE_SIZE);
        List<String> municipalities;
        if (municipality != null) {
            if (!AreaLevel.MUNICIPALITY.accepts(municipality)) {
                throw ApiException.badRequest("Parameter 'municipality' moet een GM-code zijn, zoals GM0505.");
            }
            municipalities = List.of(municipality);
        } else if (region != null) {
            municipalities = regionMunicipalities(region);
        } else {
            throw ApiException.badRequest("Geef parameter 'municipality' of 'region'.");
        }
        List<Area> all = new ArrayList<>();
        municipalities.forEach(code -> all.addAll(catalog.finestAreas(code)));
        List<Area> pageItems = slice(all, query);
        var self = ServletUriComponentsBuilder.fromCurrentRequest();
        if (wantsGeoJson(accept)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(GEO_JSON))
                    .body(featureCollection(pageItems, query, all.size(), self.build().toUriString()));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(PagedList.of(pageItems.stream().map(AreaResponse::of).toList(), query, all.size(), self));
    }

    @GetMapping(value = "/neighbourhoods/{code}", produces = {MediaType.APPLICATION_JSON_VALUE, GEO_JSON})
    @Operation(operationId = "getNeighbourhood", summary = "Een buurt (of wijk) met haar CBS-kerncijfers",
            description = "Waar de buurt een cijfer zelf niet heeft, staat het cijfer van haar wijk onder districtFigures.")
    @ApiResponse(responseCode = "200", description = "Het gebied", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = AreaDetailResponse.class)),
        @Content(mediaType = GEO_JSON, schema = @Schema(type = "object", description = "GeoJSON Feature"))})
    ResponseEntity<?> neighbourhood(@PathVariable String code,
            @Parameter(description = "Jaar van de kerncijfers; standaard het laatste") @RequestParam(required = false) Integer year,
            @RequestHeader(value = "Accept", required = false) String accept) {
        Area area = catalog.area(code).filter(a -> a.level() != AreaLevel.MUNICIPALITY)
                .orElseThrow(() -> ApiException.notFound("Buurt of wijk '" + code + "' bestaat niet."));
        AreaDetailResponse detail = detail(area, year);
        if (wantsGeoJson(accept)) {
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", area.code());
            feature.put("geometry", new RawJson(catalog.geometry(area.code()).orElse("null")));
            feature.put("properties", detail);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(GEO_JSON)).body(feature);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(detail);
    }

    /** Geometry kept as GeoJSON text in the database, written into the response as is. */
    @tools.jackson.databind.annotation.JsonSerialize(using = RawJsonSerializer.class)
    record RawJson(String json) {
    }

    static final class RawJsonSerializer extends tools.jackson.databind.ValueSerializer<RawJson> {
        @Override
        public void serialize(RawJson value, tools.jackson.core.JsonGenerator gen,
                tools.jackson.databind.SerializationContext context) {
            gen.writeRawValue(value.json());
        }
    }

    private AreaDetailResponse detail(Area area, Integer year) {
        List<ShownFigure> shown = catalog.shownFigures(area, year);
        if (year != null && shown.stream().noneMatch(f -> !f.fromDistrict())) {
            throw ApiException.notFound("Geen kerncijfers van " + area.code() + " voor " + year + ".");
        }
        Map<String, BigDecimal> own = new LinkedHashMap<>();
        Map<String, BigDecimal> borrowed = new LinkedHashMap<>();
        Integer ownYear = null;
        String districtCode = null;
        int districtYear = 0;
        for (ShownFigure figure : shown) {
            if (figure.fromDistrict()) {
                borrowed.put(figure.name(), figure.value());
                districtCode = figure.areaCode();
                districtYear = figure.year();
            } else {
                own.put(figure.name(), figure.value());
                ownYear = figure.year();
            }
        }
        DistrictFigures district = borrowed.isEmpty() ? null : new DistrictFigures(districtCode, districtYear,
                "Cijfers van wijk " + districtCode + " (" + districtYear + "), omdat de buurt deze zelf niet heeft.",
                borrowed);
        return new AreaDetailResponse(area.code(), area.name(), area.level().apiName(), area.municipalityCode(),
                area.districtCode(), ownYear, own, district, catalog.figureYears(area.code()),
                "Bron: CBS / Kadaster" + (ownYear == null ? "" : ", " + ownYear));
    }

    private Map<String, Object> featureCollection(List<Area> areas, PageQuery query, long total, String self) {
        List<String> codes = areas.stream().map(Area::code).toList();
        Map<String, String> geometries = catalog.geometries(codes);
        Map<String, KeyFigures> figures = catalog.latestKeyFigures(codes);
        List<Map<String, Object>> features = new ArrayList<>();
        for (Area area : areas) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("code", area.code());
            properties.put("name", area.name());
            properties.put("level", area.level().apiName());
            properties.put("municipalityCode", area.municipalityCode());
            if (area.districtCode() != null) {
                properties.put("districtCode", area.districtCode());
            }
            java.util.Optional.ofNullable(figures.get(area.code())).ifPresent(k -> {
                properties.put("year", k.year());
                putIfPresent(properties, "aantalInwoners", k.figures().get("aantalInwoners"), k.figures().get("population"));
                putIfPresent(properties, "aantalHuishoudens", k.figures().get("aantalHuishoudens"), null);
            });
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", area.code());
            feature.put("geometry", new RawJson(geometries.getOrDefault(area.code(), "null")));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("numberMatched", total);
        collection.put("numberReturned", features.size());
        collection.put("features", features);
        List<Map<String, String>> links = new ArrayList<>();
        links.add(Map.of("rel", "self", "type", GEO_JSON, "href", self));
        if (query.page() < query.totalPages(total)) {
            links.add(Map.of("rel", "next", "type", GEO_JSON, "href", ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("page", query.page() + 1).build().toUriString()));
        }
        collection.put("links", links);
        collection.put("attribution", "Bron: CBS / Kadaster");
        return collection;
    }

    private static void putIfPresent(Map<String, Object> target, String key, BigDecimal value, BigDecimal alternative) {
        if (value != null) {
            target.put(key, value);
        } else if (alternative != null) {
            target.put(key, alternative);
        }
    }

    private List<String> regionMunicipalities(String region) {
        return catalog.region(region).map(Region::municipalityCodes)
                .orElseThrow(() -> ApiException.badRequest("Regio '" + region + "' bestaat niet."));
    }

    private static boolean wantsGeoJson(String accept) {
        return accept != null && accept.contains(GEO_JSON);
    }

    private static <T> List<T> slice(List<T> all, PageQuery query) {
        int from = Math.min(all.size(), query.offset());
        return all.subList(from, Math.min(all.size(), from + query.pageSize()));
    }
}
