package nl.thuisbasis.facility.register;

import nl.thuisbasis.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.identity.Viewer;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The facility register. What a caller sees depends on who they are: the public only publicly listed
 * facilities, care providers and corporations the providers' layer (PC6 area, no street address),
 * municipalities, region coordinators and admins everything; a secret address only its own provider and admins.
 */
@ApiController
@RequestMapping("/api/v1")
@Tag(name = "Voorzieningen", description = "Register van opvang- en woonzorgvoorzieningen")
class FacilityApiController {

    static final String GEO_JSON = "application/geo+json";

    private final FacilityService service;
    private final FacilityQuery query;
    private final Organisations organisations;
    private final nl.thuisbasis.platform.OnceOnly once;

    FacilityApiController(FacilityService service, FacilityQuery query, Organisations organisations,
            nl.thuisbasis.platform.OnceOnly once) {
        this.once = once;
        this.service = service;
        this.query = query;
        this.organisations = organisations;
    }

    @GetMapping(value = "/facilities", produces = {MediaType.APPLICATION_JSON_VALUE, GEO_JSON})
    @Operation(operationId = "listFacilities", summary = "Voorzieningen, gefilterd, zoals de aanroeper ze mag zien",
            description = "Filters mogen herhaald of met komma's gescheiden worden (type=NIGHT_SHELTER,CRISIS_SHELTER). "
                    + "Met Accept: application/geo+json komt een GeoJSON FeatureCollection terug.")
    @ApiResponse(responseCode = "200", description = "Een pagina voorzieningen", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PagedList.class)),
        @Content(mediaType = GEO_JSON, schema = @Schema(type = "object", description = "GeoJSON FeatureCollection"))})
    ResponseEntity<?> list(
            @Parameter(description = "Code van een regio") @RequestParam(required = false) String region,
            @Parameter(description = "GM-code(s)") @RequestParam(required = false) List<String> municipality,
            @Parameter(description = "Soort(en) voorziening") @RequestParam(required = false) List<String> type,
            @Parameter(description = "Doelgroep(en)") @RequestParam(required = false) List<String> targetGroup,
            @Parameter(description = "Code(s) van zorgaanbieders") @RequestParam(required = false) List<String> provider,
            @Parameter(description = "Status(sen)") @RequestParam(required = false) List<String> status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @RequestHeader(value = "Accept", required = false) String accept) {
        PageQuery paging = PageQuery.of(page, pageSize, 100, 1000);
        FacilityFilter filter = query.filter(region, municipality, type, targetGroup, provider, status);
        FacilityService.Page found = service.page(CurrentUser.currentViewer(), filter, paging.offset(), paging.pageSize());
        List<FacilityResponse> items = found.items().stream().map(this::response).toList();
        var self = ServletUriComponentsBuilder.fromCurrentRequest();
        if (accept != null && accept.contains(GEO_JSON)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(GEO_JSON))
                    .body(featureCollection(items, paging, found.total()));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(PagedList.of(items, paging, found.total(), self));
    }

    @GetMapping("/facilities/{id}")
    @Operation(operationId = "getFacility", summary = "Eén voorziening, zoals de aanroeper haar mag zien")
    FacilityResponse get(@PathVariable FacilityId id) {
        return service.find(CurrentUser.currentViewer(), id).map(this::response).orElseThrow(() -> notFound(id));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping("/facilities")
    @Operation(operationId = "createFacility", summary = "Een voorziening registreren",
            description = "Een zorgaanbieder registreert eigen voorzieningen, een gemeente voorzieningen binnen haar grenzen, "
                    + "regiocoördinatoren en beheerders alle. Gemeente, wijk, buurt en PC4 worden afgeleid.")
    @ApiResponse(responseCode = "201", description = "Geregistreerd")
    ResponseEntity<FacilityResponse> create(@RequestBody FacilityRequest request,
            @io.swagger.v3.oas.annotations.Parameter(description = "Optioneel: dezelfde sleutel nog eens (een herhaalde poging) "
                    + "registreert niet nog eens, maar geeft dezelfde voorziening.")
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        Viewer viewer = CurrentUser.currentViewer();
        FacilityId created = FacilityId.of(once.submit(key, "facility.create.api",
                () -> service.register(viewer, draft(viewer, request, List.of())).id().value().toString()));
        FacilityResponse body = service.find(viewer, created).map(this::response).orElseThrow(Refused::notFound);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.value()).toUri();
        return ResponseEntity.created(location).body(body);
    }

    @PutMapping("/facilities/{id}")
    @Operation(operationId = "updateFacility", summary = "Een voorziening wijzigen",
            description = "Geef in 'version' de versie die u het laatst las. Heeft iemand anders de voorziening intussen "
                    + "gewijzigd, dan volgt 409 en wordt niets opgeslagen.")
    FacilityResponse update(@PathVariable FacilityId id, @RequestBody FacilityRequest request) {
        Viewer viewer = CurrentUser.currentViewer();
        List<Problem> versionProblems = request != null && request.version() == null
                ? List.of(Problem.at("version", "facility.problem.version.missing")) : List.of();
        FacilityDraft draft = draft(viewer, request, versionProblems);
        service.change(viewer, id, request.version(), draft);
        return service.find(viewer, id).map(this::response).orElseThrow(() -> notFound(id));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    @DeleteMapping("/facilities/{id}")
    @Operation(operationId = "deleteFacility", summary = "Een voorziening verwijderen",
            description = "Alleen met de versie die u het laatst las (parameter version). Een gesloten voorziening kunt u "
                    + "beter de status 'CLOSED' geven; verwijderen is voor vergissingen.")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    ResponseEntity<Void> delete(@PathVariable FacilityId id,
            @Parameter(description = "De versie die u het laatst las", required = true) @RequestParam int version) {
        service.remove(CurrentUser.currentViewer(), id, version);
        return ResponseEntity.noContent().build();
    }

    /**
     * The draft of a body, or a refusal with every problem at once: what could not be read (codes, the version), then
     * whatever else the register's rules find on the properties that could be read.
     */
    private FacilityDraft draft(Viewer viewer, FacilityRequest request, List<Problem> earlier) {
        if (request == null) {
            throw Refused.badRequest(Problem.of("problem.body.missing"));
        }
        List<Problem> problems = new ArrayList<>(earlier);
        FacilityDraft draft = request.toDraft(problems);
        if (!problems.isEmpty()) {
            Set<String> unreadable = problems.stream().map(Problem::field).collect(Collectors.toSet());
            service.problems(viewer, draft).stream().filter(p -> !unreadable.contains(p.field())).forEach(problems::add);
            throw Refused.invalid(FacilityService.REFUSED, problems);
        }
        return draft;
    }

    private FacilityResponse response(FacilityView view) {
        return FacilityResponse.of(view, organisations.nameOf(view.facility().providerCode()));
    }

    private Map<String, Object> featureCollection(List<FacilityResponse> items, PageQuery paging, long total) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (FacilityResponse item : items) {
            features.add(GeoJsonPoints.feature(item.id(), item.lon(), item.lat(), item));
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("numberMatched", total);
        collection.put("numberReturned", features.size());
        collection.put("features", features);
        List<Map<String, String>> links = new ArrayList<>();
        links.add(Map.of("rel", "self", "type", GEO_JSON, "href",
                ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString()));
        if (paging.page() < paging.totalPages(total)) {
            links.add(Map.of("rel", "next", "type", GEO_JSON, "href", ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("page", paging.page() + 1).build().toUriString()));
        }
        collection.put("links", links);
        return collection;
    }

    private static Refused notFound(FacilityId id) {
        return Refused.notFound(Problem.of("facility.problem.notFound", id.toString()));
    }
}
