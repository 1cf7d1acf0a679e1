package nl.thuisbasis.trajectory.overview;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Organisations;
import nl.thuisbasis.identity.People;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.PdfDocuments;
import nl.thuisbasis.trajectory.client.ClientId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The client's own overview for the provider's staff to hand over: the page, the printable PDF (tagged) and all the
 * client's data as JSON, on the page and in the API. Only the provider's staff; everyone else 404 (logged).
 */
@Controller
class ClientOverviewController {

    private final ClientOverview overviews;
    private final TemplateEngine templates;
    private final People people;
    private final Organisations organisations;

    ClientOverviewController(ClientOverview overviews, TemplateEngine templates, People people, Organisations organisations) {
        this.overviews = overviews;
        this.templates = templates;
        this.people = people;
        this.organisations = organisations;
    }

    @GetMapping("/trajecten/{id}/inzage")
    String page(@PathVariable ClientId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAllAttributes(variables(overviews.of(user, id.value(), "page")));
        return "trajectory/client-overview";
    }

    @GetMapping("/trajecten/{id}/inzage.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable ClientId id, @AuthenticationPrincipal CurrentUser user) {
        Context context = new Context(Messages.locale());
        context.setVariables(variables(overviews.of(user, id.value(), "pdf")));
        byte[] pdf = PdfDocuments.fromHtml(templates.process("trajectory/client-overview-pdf", context));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header("Content-Disposition",
                ContentDisposition.attachment().filename("overzicht-clientgegevens.pdf").build().toString()).body(pdf);
    }

    @GetMapping(value = "/trajecten/{id}/inzage.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ClientExport> json(@PathVariable ClientId id, @AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.ok().header("Content-Disposition", ContentDisposition.attachment()
                .filename("clientgegevens.json").build().toString())
                .body(ClientExport.of(overviews.of(user, id.value(), "export")));
    }

    private Map<String, Object> variables(ClientOverview.Overview o) {
        Map<String, String> orgNames = new HashMap<>();
        o.consents().stream().map(r -> r.consent().recipientOrganisation()).filter(java.util.Objects::nonNull)
                .forEach(c -> orgNames.put(c, organisations.nameOf(c)));
        o.vitalInterest().forEach(v -> orgNames.put(v.accessorOrganisation(), organisations.nameOf(v.accessorOrganisation())));
        Map<String, Object> variables = new HashMap<>();
        variables.put("o", o);
        variables.put("today", LocalDate.ofInstant(o.made(), nl.thuisbasis.trajectory.client.Clients.ZONE));
        variables.put("now", o.made());
        variables.put("keyWorkerName", people.nameOf(o.client().client().keyWorker()));
        variables.put("orgNames", orgNames);
        return variables;
    }
}
