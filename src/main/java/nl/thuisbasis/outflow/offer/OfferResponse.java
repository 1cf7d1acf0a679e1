package nl.thuisbasis.outflow.offer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An offer as the API answers it. {@code candidateId} and {@code candidateReference} only while the caller may see the
 * candidate; {@code declineNote} only for the provider and the municipality.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OfferResponse(UUID id, UUID vacancyId, String vacancyAddress, String municipalityCode, String municipalityName,
        UUID candidateId, String candidateReference, String corporationCode, String corporationName, String providerCode,
        String providerName, LocalDate offeredOn, String madeBy, Offers.Status status, LocalDate answeredOn, String answeredBy,
        Offers.DeclineReason declineReason, String declineNote, boolean stalled, long daysOpen, LocalDate urgencyGrantedOn,
        long waitingDays, boolean withinNorm, UUID tenancyId, int version) {

    static OfferResponse from(Offers.OfferView o) {
        return new OfferResponse(o.id(), o.vacancyId(), o.vacancyAddress(), o.municipalityCode(), o.municipalityName(),
                o.candidateId(), o.candidateReference(), o.corporationCode(), o.corporationName(), o.providerCode(),
                o.providerName(), o.offeredOn(), o.madeBy(), o.status(), o.answeredOn(), o.answeredBy(), o.declineReason(),
                o.declineNote(), o.stalled(), o.daysOpen(), o.urgencyGrantedOn(), o.waitingDays(), o.withinNorm(), o.tenancyId(),
                o.version());
    }
}
