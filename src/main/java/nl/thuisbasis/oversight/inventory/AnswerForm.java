package nl.thuisbasis.oversight.inventory;

import java.time.LocalDate;
import nl.thuisbasis.oversight.domain.InventoryAnswers;
import nl.thuisbasis.oversight.domain.Regime;

/** The checklist of one location, on the inventory's page (one such form per location). */
record AnswerForm(Boolean committeePresent, Boolean committeeMeetsPeriodically, Boolean covenantPresent,
        LocalDate covenantLastReviewed, Boolean reportRegisterKept, Boolean reportCardPresent, Integer liveabilityScore,
        Regime neededRegime) {

    InventoryAnswers answers() {
        return new InventoryAnswers(null, null, Boolean.TRUE.equals(committeePresent),
                Boolean.TRUE.equals(committeeMeetsPeriodically), Boolean.TRUE.equals(covenantPresent), covenantLastReviewed,
                Boolean.TRUE.equals(reportRegisterKept), Boolean.TRUE.equals(reportCardPresent), liveabilityScore, neededRegime);
    }

    static AnswerForm of(InventoryAnswers a) {
        return new AnswerForm(a.committeePresent(), a.committeeMeetsPeriodically(), a.covenantPresent(), a.covenantLastReviewed(),
                a.reportRegisterKept(), a.reportCardPresent(), a.liveabilityScore(), a.neededRegime());
    }
}
