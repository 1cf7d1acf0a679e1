package nl.thuisbasis.siting.notes;

import io.swagger.v3.oas.annotations.media.Schema;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import java.time.LocalDate;

/** A note to add, as the API receives it; without {@code notedOn} it is dated today. */
record NoteRequest(
        @Schema(requiredMode = REQUIRED) String areaCode,
        @Schema(requiredMode = REQUIRED) String text,
        LocalDate notedOn) {
}
