package nl.thuisbasis.planning.ambition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.planning.common.PlanningAccess;
import nl.thuisbasis.planning.common.PlanningId;
import nl.thuisbasis.planning.domain.HousingType;
import nl.thuisbasis.planning.domain.PlanningRules;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.region.Region;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The regional ambition, its distribution over the municipalities and the municipalities' bids. */
@ApiController
@RequestMapping("/api/v1/planning")
@Tag(name = "Planning: ambitie en biedingen", description = "Regionale ambitie per woonvorm en jaar, de verdeling naar redelijk aandeel en de biedingen van gemeenten")
class AmbitionApiController {

    private final Ambitions ambitions;
    private final PlanningAccess access;
    private final OnceOnly once;

    AmbitionApiController(Ambitions ambitions, PlanningAccess access, OnceOnly once) {
        this.ambitions = ambitions;
        this.access = access;
        this.once = once;
    }

    @GetMapping("/ambitions")
    @Operation(operationId = "listAmbitions", summary = "De ambitie van een regio per woonvorm en jaar")
    PagedList<AmbitionResponse> list(@RequestParam(required = false) String region, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        PageQuery paging = PageQuery.of(page, pageSize, 50, 500);
        Region r = access.region(region, access.reader(user), Ambitions.REFUSED);
        return PagedList.of(ambitions.ambitions(r.code(), paging.pageSize(), paging.offset()).stream().map(AmbitionResponse::from).toList(),
                paging, ambitions.countAmbitions(r.code()), ServletUriComponentsBuilder.fromRequest(request));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/ambitions")
    @Operation(operationId = "createAmbition", summary = "Een ambitie vastleggen (regiocoördinator)")
    ResponseEntity<AmbitionResponse> create(@RequestBody AmbitionRequest body, @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Optioneel: dezelfde sleutel nog eens legt niets opnieuw vast.")
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        AmbitionRequest b = body == null ? new AmbitionRequest(null, null, null, null, null, null, null) : body;
        UUID id = UUID.fromString(once.submit(key, "planning.ambition.api", () -> ambitions.setAmbition(user,
                access.region(b.region(), access.reader(user), Ambitions.REFUSED), b.entry()).toString()));
        return ResponseEntity.status(HttpStatus.CREATED).body(AmbitionResponse.from(ambitions.ambition(id).orElseThrow()));
    }

    @PutMapping("/ambitions/{id}")
    @Operation(operationId = "updateAmbition", summary = "Een ambitie wijzigen (regiocoördinator, met de versie die u zag)")
    AmbitionResponse update(@PathVariable PlanningId id, @RequestBody AmbitionRequest body, @AuthenticationPrincipal CurrentUser user) {
        AmbitionRequest b = body == null ? new AmbitionRequest(null, null, null, null, null, null, null) : body;
        ambitions.updateAmbition(user, id.value(), b.version(), b.entry());
        return AmbitionResponse.from(ambitions.ambition(id.value()).orElseThrow());
    }

    @GetMapping("/ambitions/distribution")
    @Operation(operationId = "ambitionDistribution", summary = "De verdeling van een ambitie over de gemeenten (redelijk aandeel) tegen hun biedingen",
            description = "Zonder ambitie is elk aandeel 0. Aandeel naar huishoudens (CBS, laatste jaar), met correctie voor zorglast als de ambitie dat zegt; hele aantallen met de methode van de grootste overschotten, de som is de ambitie.")
    DistributionResponse distribution(@RequestParam(required = false) String region, @RequestParam String housingType,
            @RequestParam Integer year, @AuthenticationPrincipal CurrentUser user) {
        Region r = access.region(region, access.reader(user), Ambitions.REFUSED);
        HousingType type = type(housingType);
        Ambitions.Overview overview = ambitions.overview(r, type, year);
        int ambition = overview.ambition() == null ? 0 : overview.ambition().places();
        return new DistributionResponse(r.code(), type.name(), year, ambition, overview.ambition() == null || overview.ambition().careLoadCorrection(),
                overview.shares().stream().mapToInt(s -> s.bid() == null ? 0 : s.bid()).sum(),
                overview.shares().stream().map(s -> new DistributionResponse.FairShareResponse(s.municipalityCode(), s.municipalityName(),
                        s.households(), s.places(), s.factor(), s.exact(), s.share(), s.bid(), s.shortfall())).toList());
    }

    @GetMapping("/bids")
    @Operation(operationId = "listBids", summary = "De biedingen van de gemeenten van een regio, te filteren op gemeente, woonvorm en jaar")
    PagedList<BidResponse> bids(@RequestParam(required = false) String region, @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String housingType, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer pageSize,
            @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        PageQuery paging = PageQuery.of(page, pageSize, 50, 500);
        Region r = access.region(region, access.reader(user), Ambitions.REFUSED);
        AmbitionRepository.BidFilter filter = new AmbitionRepository.BidFilter(r.code(),
                municipality == null || municipality.isBlank() ? null : municipality.trim(),
                housingType == null || housingType.isBlank() ? null : type(housingType), year);
        Map<String, String> names = access.municipalityNames(r);
        return PagedList.of(ambitions.bids(filter, paging.pageSize(), paging.offset()).stream()
                .map(b -> BidResponse.from(b, names.getOrDefault(b.municipality(), b.municipality()))).toList(),
                paging, ambitions.countBids(filter), ServletUriComponentsBuilder.fromRequest(request));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/bids")
    @Operation(operationId = "createBid", summary = "Een bod doen voor de eigen gemeente (gemeente)")
    ResponseEntity<BidResponse> bid(@RequestBody BidRequest body, @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Optioneel: dezelfde sleutel nog eens legt het bod niet nog eens vast.")
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        BidRequest b = body == null ? new BidRequest(null, null, null, null, null, null) : body;
        UUID id = UUID.fromString(once.submit(key, "planning.bid.api", () -> ambitions.bid(user, b.municipality(), b.entry()).toString()));
        return ResponseEntity.status(HttpStatus.CREATED).body(response(ambitions.bid(id).orElseThrow(), user));
    }

    @PutMapping("/bids/{id}")
    @Operation(operationId = "updateBid", summary = "Een bod wijzigen (de eigen gemeente, met de versie die u zag)")
    BidResponse updateBid(@PathVariable PlanningId id, @RequestBody BidRequest body, @AuthenticationPrincipal CurrentUser user) {
        BidRequest b = body == null ? new BidRequest(null, null, null, null, null, null) : body;
        ambitions.updateBid(user, id.value(), b.version(), b.entry());
        return response(ambitions.bid(id.value()).orElseThrow(), user);
    }

    private BidResponse response(AmbitionRepository.Bid b, CurrentUser user) {
        return BidResponse.from(b, access.municipalityNames(access.regionFor(user)).getOrDefault(b.municipality(), b.municipality()));
    }

    private static HousingType type(String name) {
        HousingType type = PlanningRules.type(name);
        if (type == null) {
            throw Refused.invalid(Ambitions.REFUSED, Problem.at("housingType", "planning.problem.type.unknown", String.valueOf(name)));
        }
        return type;
    }
}
