package nl.thuisbasis.trajectory.readiness;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A client's readiness for living independently as the API answers it: the items of the region's checklist (names in
 * the request's language) with what is confirmed, the summary with the readiness date, the version a change sends, and
 * the candidacy for the priority scheme with whether the date reached it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReadinessChecklistResponse(UUID clientId, List<ReadinessItemResponse> items, ReadinessSummaryResponse summary,
        @Schema(description = "De versie om mee te sturen bij een wijziging (409 als iemand anders intussen wijzigde)") int version,
        @Schema(description = "De aanmelding voor de voorrangsregeling, als die er is") UUID candidateId,
        @Schema(description = "De aanmelding en haar stand; leeg zonder aanmelding of als u haar niet kunt inzien")
        ReadinessCandidacyResponse candidacy) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReadinessItemResponse(String code, String name,
            @Schema(description = "Staat op de lijst van de regio (een onderdeel dat eraf is gehaald, staat er alleen als "
                    + "het bevestigd was)") boolean active,
            boolean confirmed, LocalDate confirmedOn, String confirmedBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReadinessSummaryResponse(int total, int confirmed, boolean complete,
            @Schema(description = "Klaar om zelfstandig te wonen sinds: de laatste dag van de onderdelen (behalve de "
                    + "aanmelding), als alles bevestigd is") LocalDate readyOn,
            @Schema(description = "Housing First: de checklist houdt de aanmelding en de woning nooit tegen") boolean housingFirst) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReadinessCandidacyResponse(UUID id, String status, String statusName, boolean active, LocalDate urgencyGrantedOn,
            @Schema(description = "De datum klaar om zelfstandig te wonen die de aanmelding kreeg; leeg: nog niet doorgegeven")
            LocalDate readyOn, String readyConfirmedBy) {
    }
}
