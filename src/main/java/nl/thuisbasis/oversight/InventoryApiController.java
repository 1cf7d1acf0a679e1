package nl.thuisbasis.oversight;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.oversight.domain.InventoryAnswers;
import nl.thuisbasis.oversight.domain.InventoryTally;
import nl.thuisbasis.oversight.domain.Regime;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.ApiException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpStatus;
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

    InventoryApiController(Inventories inventories, InventoryDocuments documents) {
        this.inventories = inventories;
        this.documents = documents;
    }

    @GetMapping
    @Operation(operationId = "listInventories", summary = "De inventarisaties die u mag zien, nieuwste eerst")
    List<Inventories.Summary> list(@AuthenticationPrincipal CurrentUser user) {
        return inventories.list(require(user));
    }

    record StartBody(String municipality, String title) {
    }

    record AnswerBody(Boolean committeePresent, Boolean committeeMeetsPeriodically, Boolean covenantPresent,
            LocalDate covenantLastReviewed, Boolean reportRegisterKept, Boolean reportCardPresent, Integer liveabilityScore,
            String neededRegime) {
    }

    record InventoryResponse(Inventories.Inventory inventory, InventoryTally.Result result) {
    }

    @PostMapping
    @Operation(operationId = "startInventory", summary = "Een inventarisatie van de gecontracteerde locaties van een gemeente starten")
    ResponseEntity<InventoryResponse> start(@RequestBody StartBody body, @AuthenticationPrincipal CurrentUser user) {
        Inventories.Inventory inventory = inventories.start(require(user), body == null ? null : body.municipality(),
                body == null ? null : body.title());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(inventory.id()).toUri();
        return ResponseEntity.created(location).body(new InventoryResponse(inventory, inventories.result(inventory)));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getInventory", summary = "Een inventarisatie met de uitkomst: per regime, commissies, convenanten, urgentste eerst")
    InventoryResponse get(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        Inventories.Inventory inventory = find(user, id);
        return new InventoryResponse(inventory, inventories.result(inventory));
    }

    @PutMapping("/{id}/locations/{facilityId}")
    @Operation(operationId = "answerInventory", summary = "De checklist van één locatie invullen")
    InventoryResponse answer(@PathVariable String id, @PathVariable String facilityId, @RequestBody AnswerBody body,
            @AuthenticationPrincipal CurrentUser user) {
        Inventories.Inventory inventory = find(user, id);
        Regime regime;
        try {
            regime = Regime.valueOf(body.neededRegime() == null ? "" : body.neededRegime().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refused(List.of("Kies het regime dat nodig is: DORMANT, ACTIVE_BASIC, STRICTER of IMPROVEMENT_TRACK."));
        }
        try {
            Inventories.Inventory updated = inventories.answer(user, inventory.id(), new InventoryAnswers(facilityId, null,
                    Boolean.TRUE.equals(body.committeePresent()), Boolean.TRUE.equals(body.committeeMeetsPeriodically()),
                    Boolean.TRUE.equals(body.covenantPresent()), body.covenantLastReviewed(),
                    Boolean.TRUE.equals(body.reportRegisterKept()), Boolean.TRUE.equals(body.reportCardPresent()),
                    body.liveabilityScore(), regime));
            return new InventoryResponse(updated, inventories.result(updated));
        } catch (OversightService.Refused e) {
            throw refused(e.problems());
        }
    }

    @GetMapping(value = "/{id}/result.xlsx")
    @Operation(operationId = "exportInventory", summary = "De uitkomst als Excel-bestand")
    ResponseEntity<byte[]> export(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        Inventories.Inventory inventory = find(user, id);
        InventoryTally.Result result = inventories.result(inventory);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", "attachment; filename=\"inventarisatie-" + inventory.startedOn() + ".xlsx\"")
                .body(documents.xlsx(inventory, result));
    }

    @GetMapping(value = "/{id}/result.pdf")
    @Operation(operationId = "printInventory", summary = "De uitkomst als PDF")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
        Inventories.Inventory inventory = find(user, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"inventarisatie-" + inventory.startedOn() + ".pdf\"")
                .body(documents.pdf(inventory, inventories.result(inventory)));
    }

    private Inventories.Inventory find(CurrentUser user, String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("Inventarisatie '" + id + "' bestaat niet.");
        }
        return inventories.find(require(user), uuid).orElseThrow(() -> ApiException.notFound("Inventarisatie '" + id + "' bestaat niet."));
    }

    private static CurrentUser require(CurrentUser user) {
        if (user == null) {
            throw new AccessDeniedException("login required");
        }
        return user;
    }

    private static ApiException refused(List<String> problems) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "oversight-refused", "Niet vastgelegd. " + String.join(" ", problems),
                problems.stream().<Map<String, Object>>map(p -> Map.of("name", "inventory", "reason", p)).toList());
    }
}
