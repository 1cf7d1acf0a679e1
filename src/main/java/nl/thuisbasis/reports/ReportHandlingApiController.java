package nl.thuisbasis.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.ApiException;
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
import org.springframework.web.bind.annotation.RequestParam;

/** The staff side of reports: the queue, handling with status history, routing rules and reply templates. */
@ApiController
@RequestMapping("/api/v1/reports")
@Tag(name = "Meldingen afhandelen", description = "Werkvoorraad per organisatie, routering, termijnen in werkdagen en antwoordsjablonen")
class ReportHandlingApiController {

    private final ReportHandling handling;
    private final RoutingRules rules;
    private final ReplyTemplates templates;

    ReportHandlingApiController(ReportHandling handling, RoutingRules rules, ReplyTemplates templates) {
        this.handling = handling;
        this.rules = rules;
        this.templates = templates;
    }

    record StatusChangeBody(String status, String publicNote, String internalNote) {
    }

    record RuleBody(String category, String municipality, String facilityId, String target, String contact) {
    }

    record TemplateBody(String title, String body) {
    }

    record Created(UUID id) {
    }

    @GetMapping("/queue")
    @Operation(operationId = "listReportQueue", summary = "De werkvoorraad: meldingen voor uw organisatie (scope=MINE) of alles wat u mag zien (ALL)",
            description = "Zonder gegevens van de melder en zonder beschrijving; termijnen in werkdagen, overschrijdingen gemarkeerd.")
    List<ReportHandling.QueueItem> queue(@RequestParam(defaultValue = "MINE") String scope,
            @RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) java.util.UUID facilityId, @RequestParam(required = false) java.time.LocalDate receivedSince,
            @AuthenticationPrincipal CurrentUser user) {
        ReportHandling.Scope s;
        try {
            s = ReportHandling.Scope.valueOf(scope);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("scope is MINE of ALL.");
        }
        return handling.queue(require(user), s, open, overdue, facilityId, receivedSince);
    }

    @GetMapping("/queue/{id}")
    @Operation(operationId = "getQueuedReport", summary = "Een melding openen, met beschrijving, e-mailadres van de melder (als bewaard) en statusgeschiedenis",
            description = "Het inzien wordt vastgelegd in het verwerkingenlogboek.")
    ReportHandling.Detail open(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        return handling.open(require(user), uuid(id)).orElseThrow(() -> ApiException.notFound("Melding '" + id + "' bestaat niet of is niet voor u."));
    }

    @PostMapping("/queue/{id}/status-changes")
    @Operation(operationId = "changeReportStatus", summary = "De volgende stap: ACKNOWLEDGED, IN_PROGRESS of CLOSED (met antwoord aan de melder)",
            description = "De geschiedenis kan alleen worden aangevuld, nooit gewijzigd.")
    ResponseEntity<ReportHandling.Detail> change(@PathVariable String id, @RequestBody StatusChangeBody body,
            @AuthenticationPrincipal CurrentUser user) {
        if (body == null) {
            throw ApiException.badRequest("De body ontbreekt.");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(handling.changeStatus(require(user), uuid(id), body.status(),
                body.publicNote(), body.internalNote()));
    }

    @GetMapping("/routing-rules")
    @Operation(operationId = "listRoutingRules", summary = "De routeringsregels die u beheert")
    List<RoutingRules.StoredRule> rules(@AuthenticationPrincipal CurrentUser user) {
        return rules.list(require(user));
    }

    @PostMapping("/routing-rules")
    @Operation(operationId = "addRoutingRule", summary = "Een routeringsregel toevoegen: categorie + locatie -> zorgaanbieder, gemeente of politie")
    ResponseEntity<Created> addRule(@RequestBody RuleBody body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null) {
            throw ApiException.badRequest("De body ontbreekt.");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(rules.add(require(user), body.category(),
                body.municipality(), body.facilityId(), body.target(), body.contact())));
    }

    @DeleteMapping("/routing-rules/{id}")
    @Operation(operationId = "removeRoutingRule", summary = "Een routeringsregel verwijderen")
    ResponseEntity<Void> removeRule(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        rules.remove(require(user), uuid(id));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/reply-templates")
    @Operation(operationId = "listReplyTemplates", summary = "Antwoordsjablonen: gedeelde en die van uw organisatie")
    List<ReplyTemplates.Template> templates(@AuthenticationPrincipal CurrentUser user) {
        return templates.forUser(require(user));
    }

    @PostMapping("/reply-templates")
    @Operation(operationId = "addReplyTemplate", summary = "Een antwoordsjabloon voor uw organisatie toevoegen")
    ResponseEntity<Created> addTemplate(@RequestBody TemplateBody body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null) {
            throw ApiException.badRequest("De body ontbreekt.");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(templates.add(require(user), body.title(), body.body())));
    }

    @DeleteMapping("/reply-templates/{id}")
    @Operation(operationId = "removeReplyTemplate", summary = "Een eigen antwoordsjabloon verwijderen")
    ResponseEntity<Void> removeTemplate(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        templates.remove(require(user), uuid(id));
        return ResponseEntity.noContent().build();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("'" + id + "' bestaat niet.");
        }
    }

    private static CurrentUser require(CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
        return user;
    }
}
