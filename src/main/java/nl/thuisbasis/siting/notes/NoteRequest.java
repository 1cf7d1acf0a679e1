package nl.thuisbasis.siting.notes;

import java.time.LocalDate;

/** A note to add, as the API receives it; without {@code notedOn} it is dated today. */
record NoteRequest(String areaCode, String text, LocalDate notedOn) {
}
