package nl.thuisbasis.outflow.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.outflow.common.Euros;
import nl.thuisbasis.outflow.domain.EarlySignals;

/** Early signals as pages and the API show them: names next to codes, the deadline and whether it passed. */
public final class SignalViews {

    private SignalViews() {
    }

    /** A step taken on a signal. */
    public record Step(EarlySignals.StepKind kind, LocalDate takenOn, String note, String recordedBy, Instant recordedAt) {
    }

    /** A signal with its household, its deadline, its steps and its outcome. */
    public record SignalView(UUID id, UUID tenancyId, UUID candidateId, String reference, String address,
            String municipalityCode, String municipalityName, String corporationCode, String corporationName,
            String providerCode, String providerName, EarlySignals.Type type, Integer arrearsMonths, Euros arrearsAmount,
            LocalDate receivedOn, int responseDays, LocalDate deadline, boolean repeat, int repeatWindowMonths, String note,
            String recordedBy, Instant recordedAt, EarlySignals.Outcome outcome, LocalDate outcomeOn, String outcomeNote,
            String outcomeBy, List<Step> steps, boolean overdue, EarlySignals.Age age, int version) {

        public boolean open() {
            return outcome == null;
        }
    }

    /** A household a signal can be recorded about: its reference, address and municipality. */
    public record HouseholdView(UUID tenancyId, UUID candidateId, String reference, String address, String municipalityName,
            String corporationName) {
    }

    /** The open signals the viewer may see, counted per age band and type; every count is the size of a list. */
    public record Overview(LocalDate today, List<EarlySignals.Type> types, List<EarlySignals.Age> ages,
            Map<EarlySignals.Age, Map<EarlySignals.Type, Integer>> counts, Map<EarlySignals.Age, Integer> perAge,
            Map<EarlySignals.Type, Integer> perType, int total) {

        public int count(EarlySignals.Age age, EarlySignals.Type type) {
            return counts.get(age).get(type);
        }
    }
}
