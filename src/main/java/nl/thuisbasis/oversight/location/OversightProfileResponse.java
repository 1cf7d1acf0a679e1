package nl.thuisbasis.oversight.location;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.oversight.domain.Regime;
import nl.thuisbasis.platform.Messages;

/** A location's oversight in the API: what every oversight operation on one location answers with. */
public record OversightProfileResponse(String facilityId, String facilityName, String municipalityCode, String providerCode,
        boolean committeePresent, Map<String, String> committeeMembers, String meetingCadence, LocalDate lastMeeting,
        LocalDate nextMeeting, String minutesUrl, boolean covenantPresent, LocalDate covenantSignedOn,
        LocalDate covenantLastReview, boolean covenantHasRegister, boolean covenantHasReportCard, boolean covenantCurrent,
        Regime regime, boolean extraSupervision, int version, List<RegimeChangeResponse> history,
        List<SupervisionChangeResponse> supervisionHistory, List<MeasurementResponse> measurements,
        ImprovementTrackResponse track) {

    /** One step on the ladder. */
    public record RegimeChangeResponse(Regime from, Regime to, String reason, boolean urgent, String decidedBy,
            LocalDate decidedOn, String recordedBy) {
    }

    /** Extra supervision switched on or off; a reason the system wrote is in the reader's language. */
    public record SupervisionChangeResponse(boolean switchedOn, String reason, LocalDate decidedOn, String recordedBy) {
    }

    public record MeasurementResponse(UUID id, String kind, String method, BigDecimal score, LocalDate measuredOn,
            String notes, String recordedBy) {
    }

    public record ImprovementTrackResponse(UUID id, LocalDate startedOn, String goal, List<ImprovementActionResponse> actions) {
    }

    public record ImprovementActionResponse(UUID id, String description, String ownerOrganisation, LocalDate deadline,
            String status, LocalDate doneOn, int version, boolean overdue) {
    }

    public static OversightProfileResponse from(OversightProfile p, Messages messages) {
        OversightProfile.Track t = p.track();
        return new OversightProfileResponse(p.facilityId(), p.facilityName(), p.municipalityCode(), p.providerCode(),
                p.committeePresent(), p.committeeMembers(), p.meetingCadence(), p.lastMeeting(), p.nextMeeting(),
                p.minutesUrl(), p.covenantPresent(), p.covenantSignedOn(), p.covenantLastReview(), p.covenantHasRegister(),
                p.covenantHasReportCard(), p.covenantCurrent(), p.regime(), p.extraSupervision(), p.version(),
                p.history().stream().map(h -> new RegimeChangeResponse(h.from(), h.to(), h.reason(), h.urgent(),
                        h.decidedBy(), h.decidedOn(), h.recordedBy())).toList(),
                p.supervisionHistory().stream().map(s -> new SupervisionChangeResponse(s.switchedOn(),
                        s.systemText() == null ? s.reason() : messages.text(s.systemText()), s.decidedOn(), s.recordedBy()))
                        .toList(),
                p.measurements().stream().map(m -> new MeasurementResponse(m.id(), m.kind(), m.method(), m.score(),
                        m.measuredOn(), m.notes(), m.recordedBy())).toList(),
                t == null ? null : new ImprovementTrackResponse(t.id(), t.startedOn(), t.goal(), t.actions().stream()
                        .map(a -> new ImprovementActionResponse(a.id(), a.description(), a.ownerOrganisation(), a.deadline(),
                                a.status(), a.doneOn(), a.version(), a.overdue())).toList()));
    }
}
