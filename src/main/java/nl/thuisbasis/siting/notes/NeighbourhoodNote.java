package nl.thuisbasis.siting.notes;

import java.time.LocalDate;
import java.util.UUID;

/** A qualitative note on a neighbourhood from someone who works there; visible to municipality roles only. */
public record NeighbourhoodNote(UUID id, String areaCode, String text, String author, String organisation, LocalDate notedOn) {
}
