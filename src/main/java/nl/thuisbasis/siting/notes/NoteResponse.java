package nl.thuisbasis.siting.notes;

import java.time.LocalDate;
import java.util.UUID;

/** A note as the API returns it. */
record NoteResponse(UUID id, String areaCode, String text, String author, String organisation, LocalDate notedOn) {

    static NoteResponse from(NeighbourhoodNote note) {
        return new NoteResponse(note.id(), note.areaCode(), note.text(), note.author(), note.organisation(), note.notedOn());
    }
}
