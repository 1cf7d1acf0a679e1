package nl.thuisbasis.outflow.tenancy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A tenancy-with-care agreement as the API answers it, with its evaluations and outcomes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TenancyResponse(UUID id, UUID offerId, UUID candidateId, String tenantReference, UUID vacancyId, String address,
        String municipalityCode, String municipalityName, String corporationCode, String corporationName,
        String providerCode, String providerName, LocalDate startsOn, LocalDate endsOn, List<Evaluation> evaluations,
        Tenancies.Outcome outcome, Tenancies.EndReason endReason, LocalDate outcomeOn, List<OutcomeRecord> outcomes,
        boolean outcomeDue, int version) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Evaluation(int month, LocalDate dueOn, LocalDate heldOn, String summary, String recordedBy, boolean overdue) {
    }

    public record OutcomeRecord(Tenancies.Outcome outcome, Tenancies.EndReason endReason, LocalDate decidedOn, String note,
            String recordedBy, Instant recordedAt) {
    }

    public static TenancyResponse from(Tenancies.TenancyView t) {
        return new TenancyResponse(t.id(), t.offerId(), t.candidateId(), t.tenantReference(), t.vacancyId(), t.address(),
                t.municipalityCode(), t.municipalityName(), t.corporationCode(), t.corporationName(), t.providerCode(),
                t.providerName(), t.startsOn(), t.endsOn(), t.evaluations().stream().map(e -> new Evaluation(e.month(), e.dueOn(),
                        e.heldOn(), e.summary(), e.recordedBy(), e.overdue())).toList(),
                t.outcome(), t.endReason(), t.outcomeOn(), t.outcomes().stream().map(o -> new OutcomeRecord(o.outcome(),
                        o.endReason(), o.decidedOn(), o.note(), o.recordedBy(), o.recordedAt())).toList(),
                t.outcomeDue(), t.version());
    }
}
