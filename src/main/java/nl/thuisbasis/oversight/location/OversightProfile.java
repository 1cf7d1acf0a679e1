package nl.thuisbasis.oversight.location;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.oversight.domain.Regime;
import nl.thuisbasis.platform.Problem;

/**
 * How a facility is overseen in its neighbourhood: committee (members by party), covenant, liveability
 * measurements, its place on the escalation ladder with the full history, and the improvement track if any.
 */
public record OversightProfile(String facilityId, String facilityName, String municipalityCode, String providerCode,
        boolean committeePresent, Map<String, String> committeeMembers, String meetingCadence, LocalDate lastMeeting,
        LocalDate nextMeeting, String minutesUrl, boolean covenantPresent, LocalDate covenantSignedOn,
        LocalDate covenantLastReview, boolean covenantHasRegister, boolean covenantHasReportCard, boolean covenantCurrent,
        Regime regime, boolean extraSupervision, int version, List<RegimeChange> history,
        List<SupervisionChange> supervisionHistory, List<Measurement> measurements, Track track) {

    public LocationId id() {
        return LocationId.of(facilityId);
    }

    /** One step on the ladder, as decided and recorded. */
    public record RegimeChange(Regime from, Regime to, String reason, boolean urgent, String decidedBy, LocalDate decidedOn,
            String recordedBy) {
    }

    /**
     * Extra supervision switched on or off. {@code reason} is what the person typed; when the system ended it (the
     * location left the improvement track) {@code reasonKey} and {@code reasonArgs} say so in the reader's language.
     * Rows from before keys were stored hold the whole sentence in {@code reason} and no key.
     */
    public record SupervisionChange(boolean switchedOn, String reason, String reasonKey, List<String> reasonArgs,
            LocalDate decidedOn, String recordedBy) {

        /** The reason as a message (with the typed reason as its argument), or null when it is only the typed text. */
        public Problem systemText() {
            return reasonKey == null ? null : new Problem(null, null, reasonKey, List.<Object>copyOf(reasonArgs));
        }
    }

    /** A liveability measurement: the baseline before, or a follow-up after. */
    public record Measurement(UUID id, String kind, String method, BigDecimal score, LocalDate measuredOn, String notes,
            String recordedBy) {
    }

    /** The open improvement track: its plan of actions and progress (done of all not cancelled). */
    public record Track(UUID id, LocalDate startedOn, String goal, List<Action> actions) {
        public int done() {
            return (int) actions.stream().filter(a -> a.status().equals("DONE")).count();
        }

        public int counted() {
            return (int) actions.stream().filter(a -> !a.status().equals("CANCELLED")).count();
        }

        public int overdue() {
            return (int) actions.stream().filter(Action::overdue).count();
        }

        public int progressPercent() {
            return counted() == 0 ? 0 : Math.round(100f * done() / counted());
        }
    }

    /** An action in the plan: owner organisation, deadline, status. */
    public record Action(UUID id, String description, String ownerOrganisation, LocalDate deadline, String status,
            LocalDate doneOn, int version, boolean overdue) {
    }
}
