package nl.thuisbasis.oversight.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.oversight.domain.InventoryAnswers;
import nl.thuisbasis.oversight.domain.InventoryTally;
import nl.thuisbasis.oversight.domain.Regime;
import nl.thuisbasis.platform.Messages;

/** An inventory with its checklists and its outcome, the texts in the reader's language. */
record InventoryResponse(InventoryDetailsResponse inventory, InventoryResultResponse result) {

    record InventoryDetailsResponse(UUID id, String municipalityCode, String title, String startedBy, Instant startedAt,
            List<ChecklistResponse> answers, int answered) {
    }

    record ChecklistResponse(String locationCode, String locationName, boolean committeePresent,
            boolean committeeMeetsPeriodically, boolean covenantPresent, LocalDate covenantLastReviewed,
            boolean reportRegisterKept, boolean reportCardPresent, Integer liveabilityScore, Regime neededRegime) {

        static ChecklistResponse from(InventoryAnswers a) {
            return new ChecklistResponse(a.locationCode(), a.locationName(), a.committeePresent(),
                    a.committeeMeetsPeriodically(), a.covenantPresent(), a.covenantLastReviewed(), a.reportRegisterKept(),
                    a.reportCardPresent(), a.liveabilityScore(), a.neededRegime());
        }
    }

    record InventoryResultResponse(Map<Regime, Integer> perRegime, int committeesToRestart, int covenantsToUpdate,
            List<FindingResponse> mostUrgentFirst) {
    }

    /** A location most urgent first: what to do there, each a sentence in the reader's language. */
    record FindingResponse(ChecklistResponse answers, boolean restartCommittee, boolean updateCovenant, List<String> todo) {
    }

    static InventoryResponse from(Inventories.Inventory i, InventoryTally.Result result, Messages messages) {
        return new InventoryResponse(
                new InventoryDetailsResponse(i.id(), i.municipalityCode(), Inventories.title(i.title(), i.startedAt(), messages),
                        i.startedBy(), i.startedAt(), i.answers().stream().map(ChecklistResponse::from).toList(), i.answered()),
                new InventoryResultResponse(result.perRegime(), result.committeesToRestart(), result.covenantsToUpdate(),
                        result.mostUrgentFirst().stream().map(f -> new FindingResponse(ChecklistResponse.from(f.answers()),
                                f.restartCommittee(), f.updateCovenant(), messages.texts(f.todo()))).toList()));
    }
}
