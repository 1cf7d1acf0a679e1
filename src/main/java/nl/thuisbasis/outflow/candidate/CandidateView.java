package nl.thuisbasis.outflow.candidate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.outflow.domain.AgeBand;
import nl.thuisbasis.outflow.domain.CandidateAccess;
import nl.thuisbasis.outflow.domain.CandidateStatus;
import nl.thuisbasis.outflow.domain.IncomeBand;

/**
 * A candidate of the priority scheme as one viewer may see it. The registering provider and the deciding municipality
 * get everything ({@code access = FULL}); a corporation with the candidate proposed, offered or housed for one of its
 * vacancies gets only what it needs to let a dwelling ({@code access = MINIMAL}): the other fields are left out (the
 * matching round's answer shows the minimal view as it is; the candidate API answers a {@link CandidateResponse}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CandidateView(UUID id, CandidateAccess.Level access, String reference, CandidateStatus status,
        LocalDate urgencyGrantedOn, Integer adults, Integer children, Integer bedroomsNeeded, Boolean needsGroundFloor,
        Boolean needsLift, Boolean needsWheelchair, IncomeBand incomeBand, TargetHousing targetHousing,
        String supportProvider, String supportProviderName, SupportIntensity supportIntensity,
        // full access only
        String regionCode, String providerCode, String providerName, String decidingMunicipality,
        String decidingMunicipalityName, AgeBand ageBand, List<Municipality> municipalities, List<Exclusion> exclusions,
        String originMunicipality, String originMunicipalityName, String category, String categoryLabel,
        Integer regionalTiesYears, Boolean hadOwnDwelling, LocalDate consentOn, String urgencyDecision,
        String urgencyGrantedBy, LocalDate readyOn, String readyConfirmedBy, Eligibility eligibility,
        Integer maxRentCents, String maxRentRule, List<StatusChange> history, String registeredBy, Instant registeredAt,
        Integer version) {

    /** What kind of dwelling the candidate moves to. */
    public enum TargetHousing { TENANCY_WITH_CARE, HOUSING_FIRST, OTHER }

    /** How much support the candidate gets at home. */
    public enum SupportIntensity { LIGHT, MEDIUM, INTENSIVE }

    /** Why a neighbourhood is excluded (a category only: the details stay in the provider's own file). */
    public enum ExclusionReason { SAFETY, NETWORK, RELAPSE_RISK, NUISANCE_HISTORY, OTHER }

    /** An acceptable municipality, 1 = first choice. */
    public record Municipality(int rank, String code, String name) {
    }

    public record Exclusion(String neighbourhoodCode, String neighbourhoodName, ExclusionReason reason) {
    }

    /** A step in the history; {@code reason} as typed, or the system's line in the reader's language. */
    public record StatusChange(CandidateStatus from, CandidateStatus to, String reason, String changedBy, Instant changedAt) {
    }

    /** The region's eligibility rules for this candidate: which are not met, and which of those have an exception. */
    public record Eligibility(boolean eligible, List<RuleCheck> rules) {
    }

    /** A rule of the region for this candidate; one out of force ({@code active} false) is listed when it was excepted. */
    public record RuleCheck(UUID ruleId, String description, boolean active, boolean met, RuleException exception) {
    }

    /** A recorded exception to a rule: why, decided when, recorded by whom. */
    public record RuleException(String reason, LocalDate decidedOn, String recordedBy) {
    }

    public boolean full() {
        return access == CandidateAccess.Level.FULL;
    }

    /** Number of people in the household. */
    public int persons() {
        return (adults == null ? 0 : adults) + (children == null ? 0 : children);
    }
}
