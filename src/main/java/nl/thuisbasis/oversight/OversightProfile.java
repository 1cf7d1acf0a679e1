package nl.thuisbasis.oversight;

import java.time.LocalDate;
import java.util.List;
import nl.thuisbasis.oversight.domain.Regime;

/** How a facility is overseen in its neighbourhood: committee, covenant and its place on the escalation ladder. */
public record OversightProfile(String facilityId, String facilityName, boolean committeePresent, List<String> committeeParties,
        String meetingCadence, LocalDate lastMeeting, LocalDate nextMeeting, String minutesUrl, boolean covenantPresent,
        LocalDate covenantSignedOn, LocalDate covenantLastReview, boolean covenantHasRegister,
        boolean covenantHasReportCard, boolean covenantCurrent, Regime regime, boolean extraSupervision, int version,
        List<RegimeChange> history) {

    /** One step on the ladder, as decided and recorded. */
    public record RegimeChange(Regime from, Regime to, String reason, boolean urgent, String decidedBy, LocalDate decidedOn,
            String recordedBy) {
    }
}
