package nl.thuisbasis.outflow.candidate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.outflow.candidate.CandidateView.ExclusionReason;
import nl.thuisbasis.outflow.candidate.CandidateView.SupportIntensity;
import nl.thuisbasis.outflow.candidate.CandidateView.TargetHousing;
import nl.thuisbasis.outflow.domain.AgeBand;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.domain.CandidateStatus;
import nl.thuisbasis.outflow.domain.IncomeBand;
import nl.thuisbasis.platform.Messages;

/**
 * A candidate as the API answers it: everything for its provider and deciding municipality ({@code access = FULL}), the
 * minimal fields for a linked corporation ({@code access = MINIMAL}, the other fields left out). A rule out of force that
 * was excepted says so in its description, in the reader's language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CandidateResponse(UUID id, CandidateAccess.Level access, String reference, CandidateStatus status,
        LocalDate urgencyGrantedOn, Integer adults, Integer children, Integer bedroomsNeeded, Boolean needsGroundFloor,
        Boolean needsLift, Boolean needsWheelchair, IncomeBand incomeBand, TargetHousing targetHousing,
        String supportProvider, String supportProviderName, SupportIntensity supportIntensity,
        String regionCode, String providerCode, String providerName, String decidingMunicipality,
        String decidingMunicipalityName, AgeBand ageBand, List<Municipality> municipalities, List<Exclusion> exclusions,
        String originMunicipality, String originMunicipalityName, String category, String categoryLabel,
        Integer regionalTiesYears, Boolean hadOwnDwelling, LocalDate consentOn, String urgencyDecision,
        String urgencyGrantedBy, LocalDate readyOn, String readyConfirmedBy, Eligibility eligibility,
        Integer maxRentCents, String maxRentRule, List<StatusChange> history, String registeredBy, Instant registeredAt,
        Integer version) {

    record Municipality(int rank, String code, String name) {
    }

    record Exclusion(String neighbourhoodCode, String neighbourhoodName, ExclusionReason reason) {
    }

    record StatusChange(CandidateStatus from, CandidateStatus to, String reason, String changedBy, Instant changedAt) {
    }

    record Eligibility(boolean eligible, List<RuleCheck> rules) {
    }

    record RuleCheck(UUID ruleId, String description, boolean met, RuleException exception) {
    }

    record RuleException(String reason, LocalDate decidedOn, String recordedBy) {
    }

    public static CandidateResponse from(CandidateView c, Messages messages) {
        return new CandidateResponse(c.id(), c.access(), c.reference(), c.status(), c.urgencyGrantedOn(), c.adults(), c.children(),
                c.bedroomsNeeded(), c.needsGroundFloor(), c.needsLift(), c.needsWheelchair(), c.incomeBand(), c.targetHousing(),
                c.supportProvider(), c.supportProviderName(), c.supportIntensity(), c.regionCode(), c.providerCode(),
                c.providerName(), c.decidingMunicipality(), c.decidingMunicipalityName(), c.ageBand(),
                c.municipalities() == null ? null : c.municipalities().stream()
                        .map(m -> new Municipality(m.rank(), m.code(), m.name())).toList(),
                c.exclusions() == null ? null : c.exclusions().stream()
                        .map(e -> new Exclusion(e.neighbourhoodCode(), e.neighbourhoodName(), e.reason())).toList(),
                c.originMunicipality(), c.originMunicipalityName(), c.category(), c.categoryLabel(), c.regionalTiesYears(),
                c.hadOwnDwelling(), c.consentOn(), c.urgencyDecision(), c.urgencyGrantedBy(), c.readyOn(), c.readyConfirmedBy(),
                c.eligibility() == null ? null : new Eligibility(c.eligibility().eligible(), c.eligibility().rules().stream()
                        .map(r -> new RuleCheck(r.ruleId(), r.active() ? r.description()
                                : messages.text("out.rule.outOfForce", r.description()), r.met(),
                                r.exception() == null ? null : new RuleException(r.exception().reason(),
                                        r.exception().decidedOn(), r.exception().recordedBy()))).toList()),
                c.maxRentCents(), c.maxRentRule(),
                c.history() == null ? null : c.history().stream()
                        .map(h -> new StatusChange(h.from(), h.to(), h.reason(), h.changedBy(), h.changedAt())).toList(),
                c.registeredBy(), c.registeredAt(), c.version());
    }
}
