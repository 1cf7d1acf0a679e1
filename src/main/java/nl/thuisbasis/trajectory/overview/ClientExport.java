package nl.thuisbasis.trajectory.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.trajectory.client.ClientView;
import nl.thuisbasis.trajectory.client.PhaseStep;
import nl.thuisbasis.trajectory.consent.Consents;
import nl.thuisbasis.trajectory.crisis.CrisisPlanView;
import nl.thuisbasis.trajectory.domain.AssessmentRules.DomainScore;
import nl.thuisbasis.trajectory.domain.ReadinessChecklist.Confirmation;
import nl.thuisbasis.trajectory.plan.SupportPlans;
import nl.thuisbasis.trajectory.sharing.VitalInterest;

/**
 * All of a client's data in one machine-readable document (AVG art. 15 and 20): the client and their phases, every
 * assessment with its scores, the support plan, the crisis plan, the readiness confirmations, the consents (the signed
 * form by its name), the accesses on vital interest, and the reads from the processing log.
 */
record ClientExport(Instant made, ClientView client, String provider, List<PhaseStep> phases,
        List<ExportedAssessment> assessments,
        List<SupportPlans.Goal> goals, List<SupportPlans.Action> actions, List<SupportPlans.Evaluation> evaluations,
        CrisisPlanView crisisPlan, Map<String, Confirmation> readiness, List<ExportedConsent> consents,
        List<VitalInterest.Report> vitalInterestAccesses, List<ClientOverview.Read> reads) {

    record ExportedAssessment(UUID id, String instrument, int instrumentVersion, LocalDate assessedOn, LocalDate periodFrom,
            String assessor, Map<String, DomainScore> scores) {
    }

    record ExportedConsent(UUID id, List<String> categories, String recipientOrganisation, String recipientType, String purpose,
            LocalDate validFrom, LocalDate validUntil, String evidence, String witness, String signedFormName,
            String recordedBy, Instant recordedAt, Instant revokedAt, String revokedBy, String revokeReason) {
    }

    static ClientExport of(ClientOverview.Overview o) {
        return new ClientExport(o.made(), o.client().client(), o.providerName(), o.client().phases(),
                o.assessments().assessments().stream().map(a -> new ExportedAssessment(a.id(), a.instrument().code(),
                        a.instrument().version(), a.assessedOn(), a.periodFrom(), a.assessor(), a.scores())).toList(),
                o.plan().goals(), o.plan().actions(), o.plan().evaluations(), o.crisisPlan().orElse(null),
                o.readiness().confirmations(), o.consents().stream().map(r -> new ExportedConsent(r.consent().id(),
                        r.consent().categories().stream().map(Enum::name).toList(), r.consent().recipientOrganisation(),
                        r.consent().recipientType() == null ? null : r.consent().recipientType().name(),
                        r.consent().purpose().name(), r.consent().validFrom(), r.consent().validUntil(), r.evidence().name(),
                        r.witness(), r.signedFormName(), r.recordedBy(), r.recordedAt(), r.consent().revokedAt(), r.revokedBy(),
                        r.revokeReason())).toList(), o.vitalInterest(), o.reads());
    }
}
