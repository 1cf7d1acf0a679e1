package nl.thuisbasis.oversight.inventory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.oversight.domain.InventoryAnswers;
import nl.thuisbasis.oversight.domain.InventoryTally;
import nl.thuisbasis.oversight.domain.Regime;
import nl.thuisbasis.oversight.location.LocationId;
import nl.thuisbasis.oversight.location.Locations;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Messages;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Inventories of contracted locations: start one, fill in each location's checklist, read and export the result. */
@ApiController
@RequestMapping("/api/v1/oversight/inventories")
@Tag(name = "Beheer", description = "Beheercommissie, beheerconvenant en escalatieladder per voorziening")
class InventoryApiController {

    private final Inventories inventories;
    private final InventoryDocuments documents;
    private final Messages messages;

    InventoryApiController(Inventories inventories, InventoryDocuments documents, Messages messages) {
        this.inventories = inventories;
        this.documents = documents;
        this.messages = messages;
    }

    @GetMapping
    @Operation(operationId = "listInventories", summary = "De inventarisaties die u mag zien, nieuwste eerst")
    List<InventorySummaryResponse> list(@AuthenticationPrincipal CurrentUser user) {
        return inventories.list(require(user)).stream().map(s -> InventorySummaryResponse.from(s, messages)).toList();
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "startInventory", summary = "Een inventarisatie van de gecontracteerde locaties van een gemeente starten")
    ResponseEntity<InventoryResponse> start(@RequestBody StartInventoryRequest body, @AuthenticationPrincipal CurrentUser user) {
        Inventories.Inventory inventory = inventories.start(require(user), body.municipality(), body.title());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(inventory.id()).toUri();
        return ResponseEntity.created(location).body(response(inventory));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getInventory", summary = "Een inventarisatie met de uitkomst: per regime, commissies, convenanten, urgentste eerst")
    InventoryResponse get(@PathVariable InventoryId id, @AuthenticationPrincipal CurrentUser user) {
        return response(find(user, id));
    }

    @PutMapping("/{id}/locations/{facilityId}")
    @Operation(operationId = "answerInventory", summary = "De checklist van één locatie invullen")
    InventoryResponse answer(@PathVariable InventoryId id, @PathVariable LocationId facilityId,
            @RequestBody InventoryAnswerRequest body, @AuthenticationPrincipal CurrentUser user) {
        find(user, id);
        Regime regime = regime(body.neededRegime());
        return response(inventories.answer(user, id, facilityId, new InventoryAnswers(facilityId.toString(), null,
                Boolean.TRUE.equals(body.committeePresent()), Boolean.TRUE.equals(body.committeeMeetsPeriodically()),
                Boolean.TRUE.equals(body.covenantPresent()), body.covenantLastReviewed(),
                Boolean.TRUE.equals(body.reportRegisterKept()), Boolean.TRUE.equals(body.reportCardPresent()),
                body.liveabilityScore(), regime)));
    }

    @GetMapping(value = "/{id}/result.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(operationId = "exportInventory", summary = "De uitkomst als Excel-bestand")
    ResponseEntity<byte[]> export(@PathVariable InventoryId id, @AuthenticationPrincipal CurrentUser user) {
        Inventories.Inventory inventory = find(user, id);
        InventoryTally.Result result = inventories.result(inventory);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", "attachment; filename=\"" + documents.fileName(inventory, "xlsx") + "\"")
                .body(documents.xlsx(inventory, result));
    }

    @GetMapping(value = "/{id}/result.pdf", produces = "application/pdf")
    @Operation(operationId = "printInventory", summary = "De uitkomst als PDF")
    ResponseEntity<byte[]> pdf(@PathVariable InventoryId id, @AuthenticationPrincipal CurrentUser user) {
        Inventories.Inventory inventory = find(user, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"" + documents.fileName(inventory, "pdf") + "\"")
                .body(documents.pdf(inventory, inventories.result(inventory)));
    }

    private InventoryResponse response(Inventories.Inventory inventory) {
        return InventoryResponse.from(inventory, inventories.result(inventory), messages);
    }

    private Inventories.Inventory find(CurrentUser user, InventoryId id) {
        return inventories.find(require(user), id).orElseThrow(Inventories::notFound);
    }

    /** The regime the checklist names; a name that is none is refused on its own. */
    private static Regime regime(String text) {
        String name = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (Regime regime : Regime.values()) {
            if (regime.name().equals(name)) {
                return regime;
            }
        }
        throw Refused.invalid(Locations.REFUSED, Problem.at("neededRegime", "inventory.problem.regime.choose"));
    }

    private static CurrentUser require(CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
        return user;
    }
}
