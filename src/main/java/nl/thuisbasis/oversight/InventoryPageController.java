package nl.thuisbasis.oversight;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.oversight.domain.InventoryAnswers;
import nl.thuisbasis.oversight.domain.Regime;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The inventory pages: start one, fill in each location's checklist, read the outcome, export it (XLSX, PDF). */
@Controller
class InventoryPageController {

    private final Inventories inventories;
    private final InventoryDocuments documents;

    InventoryPageController(Inventories inventories, InventoryDocuments documents) {
        this.inventories = inventories;
        this.documents = documents;
    }

    @GetMapping("/toezicht/inventarisaties")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        return listPage(user, model, List.of(), Map.of());
    }

    @PostMapping("/toezicht/inventarisaties")
    String start(@RequestParam(defaultValue = "") String titel, @RequestParam(defaultValue = "") String gemeente,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        try {
            Inventories.Inventory inventory = inventories.start(user, gemeente.isBlank() ? null : gemeente.trim(), titel);
            return "redirect:/toezicht/inventarisaties/" + inventory.id();
        } catch (OversightService.Refused e) {
            response.setStatus(422);
            return listPage(user, model, e.problems(), Map.of("titel", titel, "gemeente", gemeente));
        }
    }

    private String listPage(CurrentUser user, Model model, List<String> problems, Map<String, String> entered) {
        model.addAttribute("inventories", inventories.list(user));
        model.addAttribute("ownMunicipality", user.organisation().municipalityCode());
        model.addAttribute("problems", problems);
        model.addAttribute("entered", entered);
        return "oversight/inventories";
    }

    @GetMapping("/toezicht/inventarisaties/{id}")
    String show(@PathVariable String id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(find(user, id), model, List.of(), null);
    }

    @PostMapping("/toezicht/inventarisaties/{id}/locaties/{facilityId}")
    String answer(@PathVariable String id, @PathVariable String facilityId, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        Inventories.Inventory inventory = find(user, id);
        List<String> problems = new ArrayList<>();
        LocalDate review = null;
        String rawReview = form.getOrDefault("evaluatie", "");
        if (!rawReview.isBlank()) {
            try {
                review = LocalDate.parse(rawReview.trim());
            } catch (DateTimeParseException e) {
                problems.add("Geef de laatste evaluatie als datum (jjjj-mm-dd).");
            }
        }
        Integer score = null;
        String rawScore = form.getOrDefault("leefbaarheid", "").trim();
        if (!rawScore.isEmpty()) {
            try {
                score = Integer.valueOf(rawScore);
                if (score < 1 || score > 10) {
                    problems.add("Geef de leefbaarheid als cijfer van 1 tot en met 10.");
                }
            } catch (NumberFormatException e) {
                problems.add("Geef de leefbaarheid als cijfer van 1 tot en met 10.");
            }
        }
        Regime needed = null;
        try {
            needed = Regime.valueOf(form.getOrDefault("regime", ""));
        } catch (IllegalArgumentException e) {
            problems.add("Kies het regime dat nodig is.");
        }
        if (problems.isEmpty()) {
            try {
                inventories.answer(user, inventory.id(), new InventoryAnswers(facilityId, null, on(form, "commissie"),
                        on(form, "vergadert"), on(form, "convenant"), review, on(form, "register"), on(form, "meldkaart"),
                        score, needed));
                return "redirect:/toezicht/inventarisaties/" + inventory.id() + "?vastgelegd#loc-" + facilityId;
            } catch (OversightService.Refused e) {
                problems.addAll(e.problems());
            }
        }
        response.setStatus(422);
        return page(inventory, model, problems, facilityId);
    }

    @GetMapping("/toezicht/inventarisaties/{id}/uitkomst.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        Inventories.Inventory inventory = find(user, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", "attachment; filename=\"inventarisatie-" + inventory.startedOn() + ".xlsx\"")
                .body(documents.xlsx(inventory, inventories.result(inventory)));
    }

    @GetMapping("/toezicht/inventarisaties/{id}/uitkomst.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        Inventories.Inventory inventory = find(user, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"inventarisatie-" + inventory.startedOn() + ".pdf\"")
                .body(documents.pdf(inventory, inventories.result(inventory)));
    }

    private String page(Inventories.Inventory inventory, Model model, List<String> problems, String problemLocation) {
        var result = inventories.result(inventory);
        model.addAttribute("inventory", inventory);
        model.addAttribute("result", result);
        model.addAttribute("lines", Inventories.planning(inventory, result));
        model.addAttribute("regimes", Regime.values());
        model.addAttribute("problems", problems);
        model.addAttribute("problemLocation", problemLocation);
        return "oversight/inventory";
    }

    private Inventories.Inventory find(CurrentUser user, String id) {
        try {
            return inventories.find(user, UUID.fromString(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static boolean on(Map<String, String> form, String name) {
        return "true".equals(form.get(name));
    }
}
