package nl.thuisbasis.oversight.domain;

import java.time.LocalDate;

/**
 * The checklist of one location in an inventory: is there a committee (beheercommissie) or other consultation,
 * does it meet periodically, is there a covenant (beheerconvenant), when was it last reviewed, does it include a
 * report register (meldingenregister) that is kept and a report card (meldkaart), how is liveability, and which
 * regime is needed.
 */
public record InventoryAnswers(String locationCode, String locationName, boolean committeePresent,
        boolean committeeMeetsPeriodically, boolean covenantPresent, LocalDate covenantLastReviewed,
        boolean reportRegisterKept, boolean reportCardPresent, Integer liveabilityScore, Regime neededRegime) {
}
