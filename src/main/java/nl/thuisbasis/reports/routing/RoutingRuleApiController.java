package nl.thuisbasis.reports.routing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/** The routing rules of reports, kept by municipalities (their own) and the region (any). */
@ApiController
@RequestMapping("/api/v1/reports/routing-rules")
@Tag(name = "Meldingen afhandelen", description = "Werkvoorraad per organisatie, routering, termijnen in werkdagen en antwoordsjablonen")
class RoutingRuleApiController {

    private final RoutingRules rules;

    RoutingRuleApiController(RoutingRules rules) {
        this.rules = rules;
    }

    @GetMapping
    @Operation(operationId = "listRoutingRules", summary = "De routeringsregels die u beheert")
    List<RoutingRuleResponse> rules(@AuthenticationPrincipal CurrentUser user) {
        return rules.list(require(user)).stream().map(RoutingRuleResponse::from).toList();
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "addRoutingRule", summary = "Een routeringsregel toevoegen: categorie + locatie -> zorgaanbieder, gemeente of politie")
    ResponseEntity<RuleCreatedResponse> addRule(@RequestBody RoutingRuleRequest body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null) {
            throw Refused.badRequest(Problem.of("problem.body.missing"));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new RuleCreatedResponse(rules.add(require(user), body.draft()).value()));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    @Operation(operationId = "removeRoutingRule", summary = "Een routeringsregel verwijderen")
    ResponseEntity<Void> removeRule(@PathVariable @Parameter(schema = @Schema(type = "string", format = "uuid")) RoutingRuleId id, @AuthenticationPrincipal CurrentUser user) {
        rules.remove(require(user), id);
        return ResponseEntity.noContent().build();
    }

    private static CurrentUser require(CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
        return user;
    }
}
