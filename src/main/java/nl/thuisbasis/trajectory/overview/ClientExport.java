package nl.thuisbasis.trajectory.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.trajectory.client.ClientView;
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
record ClientExport(Instant made, ClientView client, String provider, List<ExportedPhase> phases,
        List<ExportedAssessment> assessments,
        List<SupportPlans.Goal> goals, List<SupportPlans.Action> actions, List<ExportedEvaluation> evaluations,
        ExportedCrisisPlan crisisPlan, Map<String, Confirmation> readiness, List<ExportedConsent> consents,
        List<VitalInterest.Report> vitalInterestAccesses, List<ClientOverview.Read> reads) {

    record ExportedAssessment(UUID id, String instrument, int instrumentVersion, LocalDate assessedOn, LocalDate periodFrom,
            String assessor, Map<String, DomainScore> scores) {
    }

    record ExportedConsent(UUID id, List<String> categories, String recipientOrganisation, String recipientType, String purpose,
            LocalDate validFrom, LocalDate validUntil, String evidence, String witness, String signedFormName,
            String recordedBy, Instant recordedAt, Instant revokedAt, String revokedBy, String revokeReason) {
    }

    record ExportedPhase(String phase, LocalDate since, String note, String changedBy) {
    }

    record ExportedEvaluation(UUID id, LocalDate plannedOn, boolean withClient, boolean withProvider, boolean withWmo,
            boolean withCorporation, LocalDate heldOn, String outcome, String scaling, String scalingReason, String recordedBy) {
    }

    record ExportedCrisisPlan(LocalDate agreedOn, List<ExportedCrisisPhase> phases, ExportedArrangements arrangements,
            List<ExportedRisk> risks, String changedBy, Instant changedAt) {
    }

    record ExportedCrisisPhase(String phase, String signals, String clientDoes, String othersDo,
            List<ExportedCrisisContact> contacts) {
    }

    record ExportedCrisisContact(String name, String role, String phone) {
    }

    record ExportedArrangements(String post, String pets, String keys, String other) {
    }

    record ExportedRisk(String risk, String agreement) {
    }

    static ExportedCrisisPlan crisis(CrisisPlanView p) {
        return p == null ? null : new ExportedCrisisPlan(p.agreedOn(), p.phases().stream().map(f -> new ExportedCrisisPhase(
                f.phase().name(), f.signals(), f.clientDoes(), f.othersDo(), f.contacts().stream()
                        .map(c -> new ExportedCrisisContact(c.name(), c.role(), c.phone())).toList())).toList(),
                new ExportedArrangements(p.arrangements().post(), p.arrangements().pets(), p.arrangements().keys(),
                        p.arrangements().other()),
                p.risks().stream().map(r -> new ExportedRisk(r.risk(), r.agreement())).toList(), p.changedBy(), p.changedAt());
    }

    static ClientExport of(ClientOverview.Overview o) {
        return new ClientExport(o.made(), o.client().client(), o.providerName(), o.client().phases().stream()
                .map(p -> new ExportedPhase(p.phase().name(), p.since(), p.note(), p.changedBy())).toList(),
                o.assessments().assessments().stream().map(a -> new ExportedAssessment(a.id(), a.instrument().code(),
                        a.instrument().version(), a.assessedOn(), a.periodFrom(), a.assessor(), a.scores())).toList(),
                o.plan().goals(), o.plan().actions(), o.plan().evaluations().stream().map(e -> new ExportedEvaluation(e.id(),
                        e.plannedOn(), e.withClient(), e.withProvider(), e.withWmo(), e.withCorporation(), e.heldOn(),
                        e.outcome(), e.scaling() == null ? null : e.scaling().name(), e.scalingReason(), e.recordedBy())).toList(),
                crisis(o.crisisPlan().orElse(null)),
                o.readiness().confirmations(), o.consents().stream().map(r -> new ExportedConsent(r.consent().id(),
                        r.consent().categories().stream().map(Enum::name).toList(), r.consent().recipientOrganisation(),
                        r.consent().recipientType() == null ? null : r.consent().recipientType().name(),
                        r.consent().purpose().name(), r.consent().validFrom(), r.consent().validUntil(), r.evidence().name(),
                        r.witness(), r.signedFormName(), r.recordedBy(), r.recordedAt(), r.consent().revokedAt(), r.revokedBy(),
                        r.revokeReason())).toList(), o.vitalInterest(), o.reads());
    }
}
