package nl.thuisbasis.region.area;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Area;
import nl.thuisbasis.region.AreaLevel;
import nl.thuisbasis.region.MunicipalitySummary;
import nl.thuisbasis.region.Region;
import nl.thuisbasis.region.RegionCatalog;
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

    static final String GEO_JSON = AreaFeatures.GEO_JSON;
    private static final int MAX_PAGE_SIZE = 1000;

    private final RegionCatalog catalog;
    private final AreaFeatures features;
    private final Messages messages;

    RegionApiController(RegionCatalog catalog, AreaFeatures features, Messages messages) {
        this.catalog = catalog;
        this.features = features;
        this.messages = messages;
    }

    @GetMapping("/regions")
    @Operation(operationId = "listRegions", summary = "Alle regio's")
    PagedList<RegionResponse> regions(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize) {
        PageQuery query = PageQuery.of(page, pageSize, 20, 100);
        List<RegionResponse> items = catalog.regions(query.pageSize(), query.offset()).stream()
                .map(RegionResponse::from).toList();
        return PagedList.of(items, query, catalog.countRegions(), ServletUriComponentsBuilder.fromCurrentRequest());
    }

    @GetMapping("/regions/{code}")
    @Operation(operationId = "getRegion", summary = "Een regio met haar gemeenten")
    RegionResponse region(@PathVariable String code) {
        return catalog.region(code).map(RegionResponse::from)
                .orElseThrow(() -> Refused.notFound(Problem.of("area.api.region.unknown", code)));
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
                    .body(features.collection(areas, query, total, self.build().toUriString()));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(PagedList.of(
                summaries.stream().map(MunicipalityResponse::from).toList(), query, total, self));
    }

    @GetMapping("/municipalities/{code}")
    @Operation(operationId = "getMunicipality", summary = "Een gemeente met haar CBS-kerncijfers")
    AreaDetailResponse municipality(@PathVariable String code,
            @Parameter(description = "Jaar van de kerncijfers; standaard het laatste") @RequestParam(required = false) Integer year) {
        Area area = catalog.area(code).filter(a -> a.level() == AreaLevel.MUNICIPALITY)
                .orElseThrow(() -> Refused.notFound(Problem.of("area.api.municipality.unknown", code)));
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
            @Parameter(description = "GM-code, bijvoorbeeld GM0505. Eén van municipality en region is verplicht (zonder "
                    + "beide: 400).") @RequestParam(required = false) String municipality,
            @Parameter(description = "Code van een regio. Eén van municipality en region is verplicht (zonder beide: 400).")
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @RequestHeader(value = "Accept", required = false) String accept) {
        PageQuery query = PageQuery.of(page, pageSize, 100, MAX_PAGE_SIZE);
        List<String> municipalities;
        if (municipality != null) {
            if (!AreaLevel.MUNICIPALITY.accepts(municipality)) {
                throw Refused.badRequest(Problem.at("municipality", "area.api.municipality.code"));
            }
            municipalities = List.of(municipality);
        } else if (region != null) {
            municipalities = regionMunicipalities(region);
        } else {
            throw Refused.badRequest(Problem.of("area.api.filter.missing"));
        }
        List<Area> items = catalog.finestAreas(municipalities, query.pageSize(), query.offset());
        long total = catalog.countFinestAreas(municipalities);
        var self = ServletUriComponentsBuilder.fromCurrentRequest();
        if (wantsGeoJson(accept)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(GEO_JSON))
                    .body(features.collection(items, query, total, self.build().toUriString()));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(PagedList.of(items.stream().map(AreaResponse::from).toList(), query, total, self));
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
                .orElseThrow(() -> Refused.notFound(Problem.of("area.api.neighbourhood.unknown", code)));
        AreaDetailResponse detail = detail(area, year);
        if (wantsGeoJson(accept)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(GEO_JSON)).body(features.feature(area, detail));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(detail);
    }

    private AreaDetailResponse detail(Area area, Integer year) {
        if (year != null && (year < nl.thuisbasis.platform.Inputs.FIRST_YEAR || year > nl.thuisbasis.platform.Inputs.LAST_YEAR)) {
            throw Refused.badRequest(Problem.at("year", "problem.year.range", nl.thuisbasis.platform.Inputs.FIRST_YEAR,
                    nl.thuisbasis.platform.Inputs.LAST_YEAR));
        }
        List<ShownFigure> shown = catalog.shownFigures(area, year);
        if (year != null && shown.stream().noneMatch(f -> !f.fromDistrict())) {
            throw Refused.notFound(Problem.of("area.api.year.none", area.code(), Year.of(year)));
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
        AreaDetailResponse.DistrictFigures district = borrowed.isEmpty() ? null
                : new AreaDetailResponse.DistrictFigures(districtCode, districtYear,
                        messages.text("area.api.districtNote", districtCode, Year.of(districtYear)), borrowed);
        return new AreaDetailResponse(area.code(), area.name(), area.level().apiName(), area.municipalityCode(),
                area.districtCode(), ownYear, own, district, catalog.figureYears(area.code()),
                ownYear == null ? messages.text("area.api.source") : messages.text("area.api.source.year", Year.of(ownYear)));
    }

    private List<String> regionMunicipalities(String region) {
        return catalog.region(region).map(Region::municipalityCodes)
                .orElseThrow(() -> Refused.badRequest(Problem.at("region", "area.api.region.unknown", region)));
    }

    private static boolean wantsGeoJson(String accept) {
        return accept != null && accept.contains(GEO_JSON);
    }
}
