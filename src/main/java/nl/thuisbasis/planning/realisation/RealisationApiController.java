package nl.thuisbasis.planning.realisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.planning.common.PlanningAccess;
import nl.thuisbasis.planning.common.PlanningId;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.PageQuery;
import nl.thuisbasis.platform.PagedList;
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

/** Planned place items and their realisation, derived from the register and the initiatives. */
@ApiController
@RequestMapping("/api/v1/planning")
@Tag(name = "Planning: realisatie", description = "Geplande plekken per halfjaar; de fase volgt uit het register en de initiatieven")
class RealisationApiController {

    private final Realisations realisations;
    private final PlanningAccess access;
    private final OnceOnly once;

    RealisationApiController(Realisations realisations, PlanningAccess access, OnceOnly once) {
        this.realisations = realisations;
        this.access = access;
        this.once = once;
    }

    @GetMapping("/realisation")
    @Operation(operationId = "listRealisation", summary = "De geplande plekken van een regio met hun afgeleide fase en vertraging")
    PagedList<PlannedItemResponse> list(@RequestParam(required = false) String region, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pageSize, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request) {
        PageQuery paging = PageQuery.of(page, pageSize, 50, 500);
        Region r = access.region(region, access.reader(user), Realisations.REFUSED);
        List<Realisations.Item> items = realisations.items(r.code(), user);
        List<PlannedItemResponse> slice = items.stream().skip(paging.offset()).limit(paging.pageSize()).map(PlannedItemResponse::from).toList();
        return PagedList.of(slice, paging, items.size(), ServletUriComponentsBuilder.fromRequest(request));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/realisation")
    @Operation(operationId = "createRealisationItem", summary = "Een geplande plek vastleggen (regiocoördinator, of gemeente voor zichzelf)")
    ResponseEntity<PlannedItemResponse> create(@RequestBody PlannedItemRequest body, @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Optioneel: dezelfde sleutel nog eens legt niets opnieuw vast.")
            @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        PlannedItemRequest b = body == null ? new PlannedItemRequest(null, null, null, null, null, null, null, null, null) : body;
        UUID id = UUID.fromString(once.submit(key, "planning.item.api", () -> realisations.create(user, b.entry()).toString()));
        return ResponseEntity.status(HttpStatus.CREATED).body(PlannedItemResponse.from(realisations.item(id, user).orElseThrow()));
    }

    @GetMapping("/realisation/{id}")
    @Operation(operationId = "getRealisationItem", summary = "Eén geplande plek met de afgeleide fase")
    PlannedItemResponse get(@PathVariable PlanningId id, @AuthenticationPrincipal CurrentUser user) {
        access.reader(user);
        return PlannedItemResponse.from(realisations.item(id.value(), user).orElseThrow(nl.thuisbasis.platform.Refused::notFound));
    }

    @PutMapping("/realisation/{id}")
    @Operation(operationId = "updateRealisationItem", summary = "Een geplande plek wijzigen (met de versie die u zag)")
    PlannedItemResponse update(@PathVariable PlanningId id, @RequestBody PlannedItemRequest body, @AuthenticationPrincipal CurrentUser user) {
        PlannedItemRequest b = body == null ? new PlannedItemRequest(null, null, null, null, null, null, null, null, null) : body;
        realisations.update(user, id.value(), b.version(), b.entry());
        return PlannedItemResponse.from(realisations.item(id.value(), user).orElseThrow());
    }
}
