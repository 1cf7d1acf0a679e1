package nl.thuisbasis.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.planning.analysis.Analyses;
import nl.thuisbasis.planning.analysis.Run;
import nl.thuisbasis.planning.common.PlanningId;
import nl.thuisbasis.planning.common.PlanningScopes;
import nl.thuisbasis.planning.domain.HousingType;
import nl.thuisbasis.planning.page.SourceTexts;
import nl.thuisbasis.planning.parameters.ParameterSet;
import nl.thuisbasis.planning.parameters.ParameterSets;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** The needs analysis: parameter sets (versions with sources), runs, and their results. */
@ApiController
@RequestMapping("/api/v1/planning")
@Tag(name = "Planning", description = "Capaciteitsplanning: woonzorganalyse met parameters, runs en uitkomsten")
class PlanningApiController {

    private final ParameterSets sets;
    private final Analyses analyses;
    private final PlanningScopes scopes;
    private final SourceTexts sources;
    private final OnceOnly once;

    PlanningApiController(ParameterSets sets, Analyses analyses, PlanningScopes scopes, SourceTexts sources, OnceOnly once) {
        this.sets = sets;
        this.analyses = analyses;
        this.scopes = scopes;
        this.sources = sources;
        this.once = once;
    }

    @GetMapping("/parameter-sets")
    @Operation(operationId = "listPlanningParameterSets", summary = "De versies van de parameters van een regio, nieuwste eerst (zonder waarden)")
    PagedList<PlanningResponses.ParameterSetResponse> sets(
            @Parameter(description = "De regio; 'nederland' voor het hele land") @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        PlanningScopes.mayRead(user);
        String code = region(user, region);
        PageQuery paging = PageQuery.of(page, pageSize, 20, 100);
        List<ParameterSet> versions = sets.versions(user, code, paging.pageSize(), paging.offset());
        return PagedList.of(versions.stream().map(s -> PlanningResponses.ParameterSetResponse.of(s, sources)).toList(), paging,
                sets.countVersions(code), UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString()));
    }

    @GetMapping("/parameter-sets/current")
    @Operation(operationId = "currentPlanningParameterSet", summary = "De laatste versie van de parameters van een regio, met de bron van elke waarde")
    PlanningResponses.ParameterSetResponse current(@RequestParam(required = false) String region, @AuthenticationPrincipal CurrentUser user) {
        PlanningScopes.mayRead(user);
        return PlanningResponses.ParameterSetResponse.of(sets.current(user, region(user, region)), sources);
    }

    @GetMapping("/parameter-sets/{id}")
    @Operation(operationId = "getPlanningParameterSet", summary = "Een versie van de parameters, met de bron van elke waarde")
    PlanningResponses.ParameterSetResponse set(@PathVariable PlanningId id, @AuthenticationPrincipal CurrentUser user) {
        return PlanningResponses.ParameterSetResponse.of(sets.find(user, id.value()), sources);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/parameter-sets")
    @Operation(operationId = "createPlanningParameterSet", summary = "Een nieuwe versie: waarden met de hand wijzigen (met reden) of opnieuw meten",
            description = "Regiocoördinator van de regio of beheerder. Elke fout staat in errors: een onbekende sleutel of "
                    + "woonvorm, een waarde buiten het bereik, overgangen uit een woonvorm die samen meer dan 1 zijn, een "
                    + "kortste verblijf boven het langste.")
    ResponseEntity<PlanningResponses.ParameterSetResponse> create(@RequestBody PlanningRequests.ParameterSetRequest body,
            @AuthenticationPrincipal CurrentUser user, @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        if (body == null || body.region() == null) {
            throw Refused.badRequest(Problem.of("planning.problem.body"));
        }
        UUID id = UUID.fromString(once.submit(key, "planning.parameters.api", () -> (body.changes() == null || body.changes().isEmpty()
                ? sets.remeasure(user, body.region(), body.basedOn(), body.note())
                : sets.change(user, body.region(), body.basedOn(), body.note(), body.changes())).id().toString()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(PlanningResponses.ParameterSetResponse.of(sets.find(user, id), sources));
    }

    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/runs")
    @Operation(operationId = "startPlanningRun", summary = "Een analyse starten; ze loopt op de achtergrond (202, volg runsDone)",
            description = "Regiocoördinator van de regio of beheerder (het hele land: alleen beheerder). Neemt de laatste "
                    + "parameterversie; de run bewaart versie, scenario, seed en uitkomsten en verandert daarna niet meer.")
    ResponseEntity<PlanningResponses.PlanningRunResponse> start(@RequestBody PlanningRequests.PlanningRunRequest body,
            @AuthenticationPrincipal CurrentUser user, @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        if (body == null || body.region() == null) {
            throw Refused.badRequest(Problem.of("planning.problem.body"));
        }
        Analyses.Request request = new Analyses.Request(body.name(), or(body.stayFactor(), 1.0), or(body.inflowFactor(), 1.0),
                or(body.outsideInflowPerYear(), 0.0), body.delayMonths() == null ? 0 : body.delayMonths(),
                body.runs() == null ? 1000 : body.runs(), body.seed());
        UUID id = UUID.fromString(once.submit(key, "planning.run.api", () -> analyses.start(user, body.region(), request).id().toString()));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/planning/runs/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(location)
                .body(PlanningResponses.PlanningRunResponse.of(analyses.find(user, id)));
    }

    @GetMapping("/runs")
    @Operation(operationId = "listPlanningRuns", summary = "De analyses van een regio, nieuwste eerst")
    PagedList<PlanningResponses.PlanningRunResponse> runs(@RequestParam(required = false) String region,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        PlanningScopes.mayRead(user);
        String code = region(user, region);
        PageQuery paging = PageQuery.of(page, pageSize, 20, 100);
        List<Run> runs = analyses.list(user, code, paging.pageSize(), paging.offset());
        return PagedList.of(runs.stream().map(PlanningResponses.PlanningRunResponse::of).toList(), paging, analyses.count(code),
                UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString()));
    }

    @GetMapping("/runs/{id}")
    @Operation(operationId = "getPlanningRun", summary = "Een analyse en haar stand")
    PlanningResponses.PlanningRunResponse run(@PathVariable PlanningId id, @AuthenticationPrincipal CurrentUser user) {
        return PlanningResponses.PlanningRunResponse.of(analyses.find(user, id.value()));
    }

    @GetMapping("/runs/{id}/results")
    @Operation(operationId = "listPlanningResults", summary = "De uitkomsten van een analyse per gemeente, woonvorm en jaar")
    PagedList<PlanningResponses.ResultResponse> results(@PathVariable PlanningId id,
            @Parameter(description = "Een gemeentecode, of leeg (municipality=) voor de hele regio; afwezig: alles")
            @RequestParam(required = false) String municipality,
            @Parameter(schema = @Schema(implementation = HousingType.class)) @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        Run run = analyses.find(user, id.value());
        HousingType housing = null;
        if (type != null && !type.isBlank()) {
            try {
                housing = HousingType.valueOf(type.strip());
            } catch (IllegalArgumentException e) {
                throw Refused.badRequest(Problem.at("type", "planning.problem.type.unknown", type));
            }
        }
        if (municipality != null && !municipality.isEmpty() && !scopes.scope(run.regionCode()).codes().contains(municipality)) {
            throw Refused.badRequest(Problem.at("municipality", "planning.problem.municipality.unknown"));
        }
        PageQuery paging = PageQuery.of(page, pageSize, 100, 1000);
        return PagedList.of(analyses.results(user, id.value(), municipality, housing, paging.pageSize(), paging.offset()).stream()
                        .map(PlanningResponses.ResultResponse::of).toList(), paging, analyses.countResults(id.value(), municipality, housing),
                UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString()));
    }

    private String region(CurrentUser user, String region) {
        return region == null || region.isBlank() ? scopes.regionFor(user) : scopes.scope(region.strip()).code();
    }

    private static Double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
