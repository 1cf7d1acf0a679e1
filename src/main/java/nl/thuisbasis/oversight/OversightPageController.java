package nl.thuisbasis.oversight;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityId;
import nl.thuisbasis.facility.FacilityRegister;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.oversight.domain.Party;
import nl.thuisbasis.oversight.domain.Regime;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The oversight pages: the municipality's overview (/toezicht) and one location with its committee, covenant,
 * measurements, ladder with history, improvement track and what the reports say.
 */
@Controller
class OversightPageController {

    private final OversightService service;
    private final FacilityRegister register;

    OversightPageController(OversightService service, FacilityRegister register) {
        this.service = service;
        this.register = register;
    }

    @GetMapping("/toezicht")
    String overview(@RequestParam(required = false) String gemeente, @AuthenticationPrincipal CurrentUser user, Model model) {
        String municipality = gemeente == null || gemeente.isBlank() ? null : gemeente.trim();
        List<OversightService.OverviewRow> rows = service.overview(user, municipality);
        model.addAttribute("rows", rows);
        model.addAttribute("overdueActions", service.overdueActions(user, municipality));
        model.addAttribute("gemeente", municipality == null ? "" : municipality);
        model.addAttribute("ownMunicipality", user.organisation().municipalityCode());
        model.addAttribute("windowDays", service.suggestionWindowDays());
        model.addAttribute("suggestions", rows.stream().filter(r -> r.suggestion().isPresent()).count());
        return "oversight/overview";
    }

    @GetMapping("/toezicht/locaties/{id}")
    String location(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, id(id), model, List.of(), null, Map.of());
    }

    @PostMapping("/toezicht/locaties/{id}/regime")
    String regime(@PathVariable String id, @RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        FacilityId fid = id(id);
        List<String> problems = new ArrayList<>();
        Regime to = null;
        try {
            to = Regime.valueOf(form.getOrDefault("naar", ""));
        } catch (IllegalArgumentException e) {
            problems.add("Kies het nieuwe regime.");
        }
        LocalDate on = date(form.get("datum"), "de datum van het besluit", problems);
        Regime target = to;
        return act(user, fid, model, response, "regime", form, problems,
                () -> service.changeRegime(user, fid, target, form.get("reden"), "true".equals(form.get("urgent")),
                        form.get("besluit"), on));
    }

    @PostMapping("/toezicht/locaties/{id}/extra-toezicht")
    String supervision(@PathVariable String id, @RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        FacilityId fid = id(id);
        List<String> problems = new ArrayList<>();
        LocalDate on = date(form.get("datum"), "de datum van het besluit", problems);
        return act(user, fid, model, response, "supervision", form, problems,
                () -> service.setExtraSupervision(user, fid, "true".equals(form.get("aan")), form.get("reden"), on));
    }

    @PostMapping("/toezicht/locaties/{id}/commissie")
    String committee(@PathVariable String id, @RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        FacilityId fid = id(id);
        List<String> problems = new ArrayList<>();
        LocalDate last = date(form.get("laatste"), "de laatste vergadering", problems);
        LocalDate next = date(form.get("volgende"), "de volgende vergadering", problems);
        Map<String, String> members = new HashMap<>();
        for (Party party : Party.values()) {
            members.put(party.name(), form.getOrDefault("lid." + party.name(), ""));
        }
        return act(user, fid, model, response, "committee", form, problems,
                () -> service.updateCommittee(user, fid, version(form), "true".equals(form.get("aanwezig")), members,
                        form.get("ritme"), last, next, form.get("verslagen")));
    }

    @PostMapping("/toezicht/locaties/{id}/convenant")
    String covenant(@PathVariable String id, @RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        FacilityId fid = id(id);
        List<String> problems = new ArrayList<>();
        LocalDate signed = date(form.get("ondertekend"), "de datum van ondertekening", problems);
        LocalDate review = date(form.get("evaluatie"), "de laatste evaluatie", problems);
        return act(user, fid, model, response, "covenant", form, problems,
                () -> service.updateCovenant(user, fid, version(form), "true".equals(form.get("aanwezig")), signed, review,
                        "true".equals(form.get("register")), "true".equals(form.get("meldkaart"))));
    }

    @PostMapping("/toezicht/locaties/{id}/metingen")
    String measurement(@PathVariable String id, @RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        FacilityId fid = id(id);
        List<String> problems = new ArrayList<>();
        LocalDate on = date(form.get("datum"), "de datum van de meting", problems);
        BigDecimal score = null;
        String raw = form.getOrDefault("score", "").trim().replace(',', '.');
        if (!raw.isEmpty()) {
            try {
                score = new BigDecimal(raw);
            } catch (NumberFormatException e) {
                problems.add("De score moet een getal zijn.");
            }
        }
        BigDecimal s = score;
        return act(user, fid, model, response, "measurement", form, problems,
                () -> service.addMeasurement(user, fid, form.get("soort"), form.get("methode"), s, on, form.get("toelichting")));
    }

    @PostMapping("/toezicht/locaties/{id}/acties")
    String action(@PathVariable String id, @RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        FacilityId fid = id(id);
        List<String> problems = new ArrayList<>();
        LocalDate deadline = date(form.get("deadline"), "de deadline", problems);
        return act(user, fid, model, response, "action", form, problems,
                () -> service.addAction(user, fid, form.get("actie"), form.get("eigenaar"), deadline));
    }

    @PostMapping("/toezicht/locaties/{id}/acties/{actionId}")
    String actionStatus(@PathVariable String id, @PathVariable String actionId, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        FacilityId fid = id(id);
        UUID action;
        try {
            action = UUID.fromString(actionId);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return act(user, fid, model, response, "actions", form, new ArrayList<>(),
                () -> service.setActionStatus(user, fid, action, version(form), form.get("status")));
    }

    private String act(CurrentUser user, FacilityId id, Model model, HttpServletResponse response, String section,
            Map<String, String> form, List<String> problems, Supplier<OversightProfile> change) {
        if (problems.isEmpty()) {
            try {
                change.get();
                return "redirect:/toezicht/locaties/" + id + "?vastgelegd=" + section + "#" + section;
            } catch (OversightService.Refused e) {
                problems.addAll(e.problems());
            } catch (OversightService.Stale e) {
                response.setStatus(409);
                problems.add("Iemand anders heeft dit intussen gewijzigd. Hieronder staat de actuele stand; voer uw wijziging opnieuw in.");
                return page(user, id, model, problems, section, Map.of());
            } catch (OversightService.NotVisible e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        response.setStatus(422);
        return page(user, id, model, problems, section, form);
    }

    private String page(CurrentUser user, FacilityId id, Model model, List<String> problems, String section,
            Map<String, String> entered) {
        OversightProfile profile = service.profile(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Facility facility = register.findInFull(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("profile", profile);
        model.addAttribute("facility", facility);
        OversightService.ReportSignals signals = service.reportSignals(profile);
        model.addAttribute("signals", signals);
        model.addAttribute("mayManage", service.mayManage(user, facility));
        model.addAttribute("mayEdit", service.mayEditDetails(user, facility));
        model.addAttribute("regimes", Regime.values());
        model.addAttribute("parties", Party.values());
        model.addAttribute("actionStatuses", OversightService.ACTION_STATUSES);
        model.addAttribute("problems", problems);
        model.addAttribute("problemSection", section);
        model.addAttribute("entered", entered);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("cardCode", FacilityRegister.reportCardCode(facility));
        model.addAttribute("maxMonth", signals.perMonth().stream().mapToInt(m -> m.nuisance() + m.compliments()).max().orElse(0));
        return "oversight/location";
    }

    private static FacilityId id(String text) {
        return FacilityId.parse(text).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static int version(Map<String, String> form) {
        try {
            return Integer.parseInt(form.getOrDefault("versie", ""));
        } catch (NumberFormatException e) {
            throw new OversightService.Refused(List.of("De versie ontbreekt; laad de pagina opnieuw."));
        }
    }

    private static LocalDate date(String text, String what, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add("Geef " + what + " als datum (jjjj-mm-dd).");
            return null;
        }
    }
}
