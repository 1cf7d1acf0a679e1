package nl.thuisbasis.oversight.inventory;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.oversight.domain.InventoryAnswers;
import nl.thuisbasis.oversight.domain.Regime;
import nl.thuisbasis.oversight.location.LocationId;
import nl.thuisbasis.oversight.location.LocationPage;
import nl.thuisbasis.oversight.location.MunicipalityNames;
import nl.thuisbasis.oversight.location.Locations;
import nl.thuisbasis.platform.Forms;
import nl.thuisbasis.platform.OnceOnly;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The inventory pages: start one, fill in each location's checklist, read the outcome, export it (XLSX, PDF). */
@Controller
class InventoryPageController {

    private final Inventories inventories;
    private final InventoryDocuments documents;
    private final Forms forms;
    private final OnceOnly once;
    private final MunicipalityNames municipalities;

    InventoryPageController(Inventories inventories, InventoryDocuments documents, Forms forms, OnceOnly once,
            MunicipalityNames municipalities) {
        this.municipalities = municipalities;
        this.once = once;
        this.inventories = inventories;
        this.documents = documents;
        this.forms = forms;
    }

    @GetMapping("/toezicht/inventarisaties")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new StartForm(null, null, null));
        }
        model.addAttribute("inventories", inventories.list(user));
        model.addAttribute("ownMunicipality", user.organisation().municipalityCode());
        model.addAttribute("municipalities", municipalities.choices());
        return "oversight/inventories";
    }

    @PostMapping("/toezicht/inventarisaties")
    String start(@ModelAttribute("form") StartForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        form = Forms.entered(form, binding, StartForm.class);
        try {
            StartForm entered = form;
            return "redirect:" + once.submit(form.onceToken(), "oversight.inventory", () ->
                    "/toezicht/inventarisaties/" + inventories.start(user, entered.municipality(), entered.title()).id());
        } catch (Refused refused) {
            response.setStatus(refused.status());
            forms.show(model, binding, refused);
            model.addAttribute("form", form);
            return list(user, model);
        }
    }

    @GetMapping("/toezicht/inventarisaties/{inventoryId}")
    String show(@PathVariable("inventoryId") InventoryId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(find(user, id), model, null, null);
    }

    @PostMapping("/toezicht/inventarisaties/{inventoryId}/locaties/{locationId}")
    String answer(@PathVariable("inventoryId") InventoryId id, @PathVariable("locationId") LocationId facilityId,
            @ModelAttribute("answerForm") AnswerForm form, BindingResult binding, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response) {
        Inventories.Inventory inventory = find(user, id);
        form = Forms.entered(form, binding, AnswerForm.class);
        try {
            if (Forms.unreadable(binding)) {
                throw Refused.invalid(Locations.REFUSED, Inventories.problems(form.answers()));
            }
            inventories.answer(user, id, facilityId, form.answers());
            return "redirect:/toezicht/inventarisaties/" + inventory.id() + "?vastgelegd#loc-" + facilityId;
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.NOT_FOUND) {
                throw refused;
            }
            response.setStatus(refused.status());
            forms.show(model, binding, LocationPage.withoutUnreadable(refused.problems(), binding));
            return page(inventory, model, facilityId.toString(), form);
        }
    }

    @GetMapping("/toezicht/inventarisaties/{inventoryId}/uitkomst.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable("inventoryId") InventoryId id, @AuthenticationPrincipal CurrentUser user) {
        Inventories.Inventory inventory = find(user, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", "attachment; filename=\"" + documents.fileName(inventory, "xlsx") + "\"")
                .body(documents.xlsx(inventory, inventories.result(inventory)));
    }

    @GetMapping("/toezicht/inventarisaties/{inventoryId}/uitkomst.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("inventoryId") InventoryId id, @AuthenticationPrincipal CurrentUser user) {
        Inventories.Inventory inventory = find(user, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + documents.fileName(inventory, "pdf") + "\"")
                .body(documents.pdf(inventory, inventories.result(inventory)));
    }

    /**
     * The inventory's page; {@code problemLocation} is the location whose checklist was refused: shown open, as
     * {@code entered}, with its problems. Every other checklist shows what was recorded.
     */
    private String page(Inventories.Inventory inventory, Model model, String problemLocation, AnswerForm entered) {
        var result = inventories.result(inventory);
        Map<String, AnswerForm> checklists = new HashMap<>();
        for (InventoryAnswers a : inventory.answers()) {
            checklists.put(a.locationCode(), a.locationCode().equals(problemLocation) && entered != null ? entered : AnswerForm.of(a));
        }
        model.addAttribute("checklists", checklists);
        model.addAttribute("inventory", inventory);
        model.addAttribute("result", result);
        model.addAttribute("lines", Inventories.planning(inventory, result));
        model.addAttribute("regimes", Regime.values());
        model.addAttribute("problemLocation", problemLocation);
        model.addAttribute("municipalityName", municipalities.nameOf(inventory.municipalityCode()));
        return "oversight/inventory";
    }

    private Inventories.Inventory find(CurrentUser user, InventoryId id) {
        return inventories.find(user, id).orElseThrow(Inventories::notFound);
    }
}
