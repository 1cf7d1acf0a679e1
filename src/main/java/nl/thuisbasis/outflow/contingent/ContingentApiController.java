package nl.thuisbasis.outflow.contingent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.OutflowAccess;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/** Contingents: a preview of the split, the decided contingent of a year, the corporations' stock and their shares. */
@ApiController
@RequestMapping("/api/v1/outflow")
@Tag(name = "Uitstroom", description = "Voorrangsregeling: contingenten, regels van de regio en de uitstroommonitor")
class ContingentApiController {

    private final Contingents contingents;
    private final OutflowSettings settings;

    ContingentApiController(Contingents contingents, OutflowSettings settings) {
        this.contingents = contingents;
        this.settings = settings;
    }

    @PostMapping("/contingents/preview")
    @Operation(operationId = "previewContingents", summary = "Een jaarcontingent over de gemeenten van een regio verdelen (voorbeeld, slaat niets op)",
            description = Contingents.FORMULA)
    PreviewResponse preview(@RequestBody PreviewRequest body) {
        if (body == null || body.region() == null || body.year() == null || body.total() == null) {
            throw Refused.badRequest(Problem.of("out.problem.contingent.preview.missing"));
        }
        return PreviewResponse.from(contingents.preview(body.region(), body.year(), body.total(),
                Boolean.TRUE.equals(body.careLoadCorrection())));
    }

    @GetMapping("/contingents/{region}/{year}")
    @Operation(operationId = "getContingent", summary = "Het vastgestelde contingent van een regio in een jaar, met de verdeling")
    ContingentResponse contingent(@PathVariable String region, @PathVariable int year, @AuthenticationPrincipal CurrentUser user) {
        OutflowAccess.login(user);
        return ContingentResponse.from(contingents.decided(settings.region(region).code(), year).orElseThrow(Refused::notFound));
    }

    @PutMapping("/contingents/{region}/{year}")
    @Operation(operationId = "decideContingent", summary = "Het vastgestelde contingent vastleggen (regiocoördinator)",
            description = Contingents.FORMULA)
    ContingentResponse decide(@PathVariable String region, @PathVariable int year, @RequestBody DecisionRequest body,
            @AuthenticationPrincipal CurrentUser user) {
        return ContingentResponse.from(contingents.decide(OutflowAccess.login(user), settings.region(region).code(), year,
                body == null ? null : body.total(), body != null && Boolean.TRUE.equals(body.careLoadCorrection()),
                body == null ? null : body.decidedBy()));
    }

    @GetMapping("/contingents/{region}/{year}/corporation-shares")
    @Operation(operationId = "corporationShares", summary = "De delen van de corporaties per gemeente, naar hun voorraad sociale huurwoningen")
    List<CorporationShareResponse> shares(@PathVariable String region, @PathVariable int year, @AuthenticationPrincipal CurrentUser user) {
        OutflowAccess.login(user);
        return contingents.corporationShares(settings.region(region).code(), year).stream().map(CorporationShareResponse::from).toList();
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    @PutMapping("/corporation-stock")
    @Operation(operationId = "setCorporationStock", summary = "De voorraad sociale huurwoningen van een corporatie in een gemeente")
    ResponseEntity<Void> stock(@RequestBody StockRequest body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null) {
            throw Refused.badRequest(Problem.of("out.problem.contingent.stock.missing"));
        }
        contingents.setStock(OutflowAccess.login(user), body.region(), body.year(), body.municipality(),
                body.corporation(), body.dwellings());
        return ResponseEntity.noContent().build();
    }
}
