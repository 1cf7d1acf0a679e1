package nl.thuisbasis.oversight.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An inventory of contracted locations")
class InventoryTallyTest {

    static final LocalDate TODAY = LocalDate.of(2023, 6, 13);

    /**
     * 78 locations whose answers mirror Rotterdam's inventory of June 2023 (seed 004): 41 dormant, 30 active basic,
     * 6 stricter, 1 improvement track; 15 committees to (re)start; 31 covenants to update.
     */
    static List<InventoryAnswers> rotterdam() {
        List<InventoryAnswers> all = new ArrayList<>();
        int n = 0;
        Regime[] regimes = new Regime[78];
        for (int i = 0; i < 78; i++) {
            regimes[i] = i < 41 ? Regime.DORMANT : i < 71 ? Regime.ACTIVE_BASIC : i < 77 ? Regime.STRICTER : Regime.IMPROVEMENT_TRACK;
        }
        for (int i = 0; i < 78; i++) {
            // committees: 8 dormant locations without any consultation, 7 active locations whose committee no longer meets
            boolean present = !(i < 8);
            boolean meets = !(i >= 41 && i < 48);
            // covenants: 31 need an update: 10 missing, 11 outdated, 6 without a kept register, 4 without a report card
            boolean covenant = !(i >= 20 && i < 30);
            LocalDate reviewed = i >= 30 && i < 41 ? TODAY.minusMonths(30) : TODAY.minusMonths(6);
            boolean register = !(i >= 48 && i < 54);
            boolean card = !(i >= 54 && i < 58);
            all.add(new InventoryAnswers("L" + (++n), "Locatie " + n, present, meets, covenant, reviewed, register, card,
                    null, regimes[i]));
        }
        return all;
    }

    @Test
    void rotterdams_78_locations_come_back_as_its_table() {
        InventoryTally.Result result = InventoryTally.tally(rotterdam(), TODAY, InventoryTally.COVENANT_CURRENT_FOR);

        assertThat(result.perRegime()).containsEntry(Regime.DORMANT, 41).containsEntry(Regime.ACTIVE_BASIC, 30)
                .containsEntry(Regime.STRICTER, 6).containsEntry(Regime.IMPROVEMENT_TRACK, 1);
        assertThat(result.committeesToRestart()).isEqualTo(15);
        assertThat(result.covenantsToUpdate()).isEqualTo(31);
        assertThat(result.mostUrgentFirst().getFirst().answers().neededRegime()).isEqualTo(Regime.IMPROVEMENT_TRACK);
        assertThat(result.mostUrgentFirst().subList(1, 7)).allSatisfy(f ->
                assertThat(f.answers().neededRegime()).isEqualTo(Regime.STRICTER));
    }

    @Test
    void a_covenant_reviewed_more_than_24_months_ago_is_not_current() {
        InventoryAnswers old = new InventoryAnswers("L", "Oud", true, true, true, TODAY.minusMonths(25), true, true, null,
                Regime.ACTIVE_BASIC);
        InventoryAnswers fresh = new InventoryAnswers("L", "Vers", true, true, true, TODAY.minusMonths(23), true, true, null,
                Regime.ACTIVE_BASIC);
        assertThat(InventoryTally.finding(old, TODAY, InventoryTally.COVENANT_CURRENT_FOR).updateCovenant()).isTrue();
        assertThat(InventoryTally.finding(fresh, TODAY, InventoryTally.COVENANT_CURRENT_FOR).updateCovenant()).isFalse();
    }

    @Test
    void the_planning_puts_the_heaviest_regimes_first_in_time() {
        InventoryAnswers track = new InventoryAnswers("A", "Track", true, true, true, TODAY, true, true, null, Regime.IMPROVEMENT_TRACK);
        InventoryAnswers stricter = new InventoryAnswers("B", "Verscherpt", true, true, true, TODAY, true, true, null, Regime.STRICTER);
        InventoryAnswers basicNoCommittee = new InventoryAnswers("C", "Basis", false, false, true, TODAY, true, true, null, Regime.ACTIVE_BASIC);
        InventoryAnswers dormantNoCovenant = new InventoryAnswers("D", "Slapend", true, false, false, null, false, false, null, Regime.DORMANT);
        InventoryAnswers fine = new InventoryAnswers("E", "In orde", true, true, true, TODAY, true, true, null, Regime.DORMANT);
        assertThat(InventoryTally.plannedBy(InventoryTally.finding(track, TODAY, InventoryTally.COVENANT_CURRENT_FOR), TODAY)).isEqualTo(TODAY.plusMonths(1));
        assertThat(InventoryTally.plannedBy(InventoryTally.finding(stricter, TODAY, InventoryTally.COVENANT_CURRENT_FOR), TODAY)).isEqualTo(TODAY.plusMonths(2));
        assertThat(InventoryTally.plannedBy(InventoryTally.finding(basicNoCommittee, TODAY, InventoryTally.COVENANT_CURRENT_FOR), TODAY)).isEqualTo(TODAY.plusMonths(3));
        assertThat(InventoryTally.plannedBy(InventoryTally.finding(dormantNoCovenant, TODAY, InventoryTally.COVENANT_CURRENT_FOR), TODAY)).isEqualTo(TODAY.plusMonths(6));
        assertThat(InventoryTally.plannedBy(InventoryTally.finding(fine, TODAY, InventoryTally.COVENANT_CURRENT_FOR), TODAY)).isEqualTo(TODAY.plusYears(1));
    }

    @Test
    void each_to_do_is_a_message_key_with_its_dutch_text_in_the_bundle() {
        InventoryAnswers nothing = new InventoryAnswers("F", "Niets", false, false, false, null, false, false, null,
                Regime.IMPROVEMENT_TRACK);
        InventoryTally.Finding finding = InventoryTally.finding(nothing, TODAY, InventoryTally.COVENANT_CURRENT_FOR);
        assertThat(finding.todo()).extracting(nl.thuisbasis.platform.Problem::key).containsExactly(
                "inventory.todo.committee.start", "inventory.todo.covenant.draft", "inventory.todo.track");
        assertThat(DutchTexts.texts(finding.todo())).containsExactly("Beheercommissie opstarten",
                "Beheerconvenant opstellen, met meldingenregister en meldkaart", "Verbetertraject met plan van aanpak");
    }
}
