package nl.thuisbasis.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Organisations;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The staff pages of reports: the queue, handling one report, and the routing rules and reply templates. */
@Controller
class ReportStaffPageController {

    private final ReportHandling handling;
    private final RoutingRules rules;
    private final ReplyTemplates templates;
    private final Reports reports;
    private final Organisations organisations;

    ReportStaffPageController(ReportHandling handling, RoutingRules rules, ReplyTemplates templates, Reports reports,
            Organisations organisations) {
        this.handling = handling;
        this.rules = rules;
        this.templates = templates;
        this.reports = reports;
        this.organisations = organisations;
    }

    @GetMapping("/meldingen")
    String queue(@RequestParam(defaultValue = "MINE") String scope, @RequestParam(defaultValue = "false") boolean afgehandeld,
            @RequestParam(defaultValue = "false") boolean teLaat, @RequestParam(required = false) String locatie,
            @RequestParam(required = false) String sinds, @AuthenticationPrincipal CurrentUser user, Model model) {
        ReportHandling.Scope s = "ALL".equals(scope) ? ReportHandling.Scope.ALL : ReportHandling.Scope.MINE;
        UUID facility = null;
        java.time.LocalDate since = null;
        try {
            facility = locatie == null || locatie.isBlank() ? null : UUID.fromString(locatie);
            since = sinds == null || sinds.isBlank() ? null : java.time.LocalDate.parse(sinds);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            model.addAttribute("filterProblem", true);
        }
        List<ReportHandling.QueueItem> items = handling.queue(user, s, !afgehandeld, teLaat, facility, since);
        model.addAttribute("locatie", facility == null ? "" : facility.toString());
        model.addAttribute("sinds", since == null ? "" : since.toString());
        model.addAttribute("items", items);
        model.addAttribute("scope", s.name());
        model.addAttribute("afgehandeld", afgehandeld);
        model.addAttribute("teLaat", teLaat);
        model.addAttribute("overdueCount", items.stream().filter(ReportHandling.QueueItem::overdue).count());
        model.addAttribute("organisationName", user.organisation().name());
        model.addAttribute("keepsRules", RoutingRules.keepsRules(user));
        return "reports/queue";
    }

    @GetMapping("/meldingen/{id}")
    String open(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ReportHandling.Detail detail = handling.open(user, uuid(id)).orElseThrow(ReportStaffPageController::notFound);
        return show(detail, user, model, List.of(), Map.of());
    }

    @PostMapping("/meldingen/{id}/stand")
    String change(@PathVariable String id, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String antwoord, @RequestParam(defaultValue = "") String notitie,
            @RequestParam(defaultValue = "") String sjabloon, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        String reply = antwoord;
        if (reply.isBlank() && !sjabloon.isBlank()) {
            // without JavaScript the chosen template is not copied into the field: use it as the reply
            reply = templates.forUser(user).stream().filter(t -> t.id().toString().equals(sjabloon))
                    .map(ReplyTemplates.Template::body).findFirst().orElse("");
        }
        try {
            handling.changeStatus(user, uuid(id), status, reply, notitie);
            return "redirect:/meldingen/" + id + "?bijgewerkt";
        } catch (Reports.StaffRefused e) {
            response.setStatus(422);
            ReportHandling.Detail detail = handling.open(user, uuid(id)).orElseThrow(ReportStaffPageController::notFound);
            return show(detail, user, model, e.problems(), Map.of("status", status, "antwoord", antwoord, "notitie", notitie));
        }
    }

    private String show(ReportHandling.Detail detail, CurrentUser user, Model model, List<String> problems,
            Map<String, String> entered) {
        model.addAttribute("report", detail);
        model.addAttribute("next", ReportHandling.next(detail.item().status()));
        model.addAttribute("templates", templates.forUser(user));
        model.addAttribute("routedToName", detail.item().routedTo() == null ? null : organisations.nameOf(detail.item().routedTo()));
        model.addAttribute("problems", problems);
        model.addAttribute("entered", entered);
        return "reports/handle";
    }

    @GetMapping("/meldingen/instellingen")
    String settings(@AuthenticationPrincipal CurrentUser user, Model model) {
        return settingsPage(user, model, List.of(), Map.of());
    }

    @PostMapping("/meldingen/instellingen/regels")
    String addRule(@RequestParam(defaultValue = "") String categorie, @RequestParam(defaultValue = "") String gemeente,
            @RequestParam(defaultValue = "") String voorziening, @RequestParam(defaultValue = "") String naar,
            @RequestParam(defaultValue = "") String contact, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        try {
            rules.add(user, categorie, gemeente, voorziening, naar, contact);
            return "redirect:/meldingen/instellingen?regel";
        } catch (Reports.StaffRefused e) {
            response.setStatus(422);
            return settingsPage(user, model, e.problems(), Map.of("categorie", categorie, "gemeente", gemeente,
                    "voorziening", voorziening, "naar", naar, "contact", contact));
        }
    }

    @PostMapping("/meldingen/instellingen/regels/{id}/verwijderen")
    String removeRule(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        try {
            rules.remove(user, uuid(id));
            return "redirect:/meldingen/instellingen?verwijderd";
        } catch (Reports.StaffRefused e) {
            response.setStatus(422);
            return settingsPage(user, model, e.problems(), Map.of());
        }
    }

    @PostMapping("/meldingen/instellingen/sjablonen")
    String addTemplate(@RequestParam(defaultValue = "") String titel, @RequestParam(defaultValue = "") String tekst,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        try {
            templates.add(user, titel, tekst);
            return "redirect:/meldingen/instellingen?sjabloon";
        } catch (Reports.StaffRefused e) {
            response.setStatus(422);
            return settingsPage(user, model, e.problems(), Map.of("titel", titel, "tekst", tekst));
        }
    }

    @PostMapping("/meldingen/instellingen/sjablonen/{id}/verwijderen")
    String removeTemplate(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        try {
            templates.remove(user, uuid(id));
            return "redirect:/meldingen/instellingen?verwijderd";
        } catch (Reports.StaffRefused e) {
            response.setStatus(422);
            return settingsPage(user, model, e.problems(), Map.of());
        }
    }

    private String settingsPage(CurrentUser user, Model model, List<String> problems, Map<String, String> entered) {
        if (!ReportHandling.STAFF.contains(user.role())) {
            throw new org.springframework.security.access.AccessDeniedException("reports are handled by providers, municipalities and the region");
        }
        boolean keepsRules = RoutingRules.keepsRules(user);
        model.addAttribute("keepsRules", keepsRules);
        model.addAttribute("rules", keepsRules ? rules.list(user) : List.of());
        model.addAttribute("templates", templates.forUser(user));
        model.addAttribute("categories", reports.categories());
        model.addAttribute("ownMunicipality", user.organisation().municipalityCode());
        model.addAttribute("problems", problems);
        model.addAttribute("entered", entered);
        return "reports/settings";
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
    }
}
