package nl.thuisbasis.trajectory.readiness;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.trajectory.domain.ReadinessChecklist.Confirmation;

/**
 * Items of a client's readiness checklist to confirm or to open again, with the version of the checklist that was
 * read. An item not named keeps what it has.
 */
record ReadinessChecklistRequest(
        @Schema(requiredMode = REQUIRED, description = "Per code van een onderdeel van de checklist van de regio (zie items "
                + "van de checklist): de dag en wie het bevestigde; zonder beide staat het onderdeel weer open. Een onderdeel "
                + "dat niet genoemd wordt, blijft zoals het is.")
        Map<String, ReadinessEntryRequest> entries,
        @Schema(requiredMode = REQUIRED, description = "De versie van de checklist die u het laatst las") Integer version) {

    /** An item confirmed on a day by someone (both), or open again (neither). */
    record ReadinessEntryRequest(
            @Schema(description = "De dag waarop het geregeld is (niet in de toekomst)") LocalDate confirmedOn,
            @Schema(description = "Wie het bevestigde: naam en rol of organisatie; hoogstens 200 tekens") String confirmedBy) {
    }

    Map<String, Confirmation> entered() {
        Map<String, Confirmation> entered = new LinkedHashMap<>();
        if (entries != null) {
            entries.forEach((code, e) -> entered.put(code,
                    new Confirmation(code, e == null ? null : e.confirmedOn(), e == null ? null : e.confirmedBy())));
        }
        return entered;
    }

    /**
     * A problem of the rules at the request's field: {@code on[CODE]} is {@code entries[CODE].confirmedOn} (an item not
     * on the list: {@code entries[CODE]}), {@code by[CODE]} is {@code entries[CODE].confirmedBy}.
     */
    static Problem onTheRequest(Problem p) {
        String field = p.field();
        if (field == null || !field.endsWith("]") || !(field.startsWith("on[") || field.startsWith("by["))) {
            return p;
        }
        String code = field.substring(3, field.length() - 1);
        String entry = "entries[" + code + "]";
        if (p.key().endsWith(".unknown")) {
            return p.on(entry);
        }
        return p.on(entry + (field.startsWith("on[") ? ".confirmedOn" : ".confirmedBy"));
    }
}
