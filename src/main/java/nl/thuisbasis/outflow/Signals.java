package nl.thuisbasis.outflow;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The open early signals of households housed through outflow (decision 0018), as a care provider's caseload shows
 * them: for the candidacies of that provider only; each signal shown is a read in the processing log.
 */
public interface Signals {

    /**
     * An open signal: its type as a message key ({@code out.signal.type.<TYPE>}), when it was received, its response
     * deadline, whether it is a repeat and whether the deadline passed without a response.
     */
    record OpenSignal(UUID id, String type, String typeKey, LocalDate receivedOn, LocalDate deadline, boolean repeat,
            boolean overdue) {
    }

    /** The open signals per candidacy of these candidacies that are this provider's (others are left out), oldest first. */
    Map<UUID, List<OpenSignal>> openFor(String providerCode, Collection<UUID> candidateIds);
}
