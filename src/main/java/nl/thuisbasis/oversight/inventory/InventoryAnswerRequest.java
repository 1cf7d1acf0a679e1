package nl.thuisbasis.oversight.inventory;

import java.time.LocalDate;

/** The checklist of one location; {@code neededRegime} is DORMANT, ACTIVE_BASIC, STRICTER or IMPROVEMENT_TRACK. */
record InventoryAnswerRequest(Boolean committeePresent, Boolean committeeMeetsPeriodically, Boolean covenantPresent,
        LocalDate covenantLastReviewed, Boolean reportRegisterKept, Boolean reportCardPresent, Integer liveabilityScore,
        String neededRegime) {
}
