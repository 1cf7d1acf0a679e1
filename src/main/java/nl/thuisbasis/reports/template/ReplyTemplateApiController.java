package nl.thuisbasis.reports.template;

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

/** Reply templates for handling reports: shared ones and the organisation's own. */
@ApiController
@RequestMapping("/api/v1/reports/reply-templates")
@Tag(name = "Meldingen afhandelen", description = "Werkvoorraad per organisatie, routering, termijnen in werkdagen en antwoordsjablonen")
class ReplyTemplateApiController {

    private final ReplyTemplates templates;

    ReplyTemplateApiController(ReplyTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(operationId = "listReplyTemplates", summary = "Antwoordsjablonen: gedeelde en die van uw organisatie")
    List<ReplyTemplateResponse> templates(@AuthenticationPrincipal CurrentUser user) {
        return templates.forUser(require(user)).stream().map(ReplyTemplateResponse::from).toList();
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "addReplyTemplate", summary = "Een antwoordsjabloon voor uw organisatie toevoegen")
    ResponseEntity<TemplateCreatedResponse> addTemplate(@RequestBody ReplyTemplateRequest body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null) {
            throw Refused.badRequest(Problem.of("problem.body.missing"));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new TemplateCreatedResponse(templates.add(require(user), body.draft()).value()));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    @Operation(operationId = "removeReplyTemplate", summary = "Een eigen antwoordsjabloon verwijderen")
    ResponseEntity<Void> removeTemplate(@PathVariable @Parameter(schema = @Schema(type = "string", format = "uuid")) ReplyTemplateId id, @AuthenticationPrincipal CurrentUser user) {
        templates.remove(require(user), id);
        return ResponseEntity.noContent().build();
    }

    private static CurrentUser require(CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
        return user;
    }
}
