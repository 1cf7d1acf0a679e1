package nl.thuisbasis.siting.notes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.platform.ApiController;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.siting.shared.SitingAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Notes on a neighbourhood from people who work there. */
@ApiController
@RequestMapping("/api/v1/siting/notes")
@Tag(name = "Draagkrachtscan", description = "Scans, scoremodellen, heatmap, lokale indices en buurtnotities")
class NoteApiController {

    private final Notes notes;

    NoteApiController(Notes notes) {
        this.notes = notes;
    }

    @GetMapping
    @Operation(operationId = "listNotes", summary = "Notities over een buurt van mensen die er werken")
    List<NoteResponse> notes(@RequestParam String area) {
        SitingAccess.require(SitingAccess.SCAN_ROLES);
        return notes.read(area).stream().map(NoteResponse::from).toList();
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping
    @Operation(operationId = "createNote", summary = "Een notitie over een buurt toevoegen")
    ResponseEntity<NoteResponse> addNote(@RequestBody NoteRequest body) {
        CurrentUser user = SitingAccess.require(SitingAccess.SCAN_ROLES);
        if (body == null) {
            throw Refused.badRequest(Problem.of("problem.body.missing"));
        }
        NeighbourhoodNote note = notes.add(user, body.areaCode(), body.text(), body.notedOn());
        return ResponseEntity.status(HttpStatus.CREATED).body(NoteResponse.from(note));
    }
}
