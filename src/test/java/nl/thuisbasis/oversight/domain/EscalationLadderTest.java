package nl.thuisbasis.oversight.domain;

import static org.assertj.core.api.Assertions.assertThat;

import nl.thuisbasis.oversight.domain.EscalationLadder.Move;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The escalation ladder")
class EscalationLadderTest {

    @Test
    void a_location_moves_one_rung_at_a_time_with_a_reason() {
        assertThat(EscalationLadder.check(new Move(Regime.DORMANT, Regime.ACTIVE_BASIC, "meldingen over geluid", false))).isEmpty();
        assertThat(EscalationLadder.check(new Move(Regime.STRICTER, Regime.ACTIVE_BASIC, "rustig sinds maart", false))).isEmpty();
        assertThat(DutchTexts.texts(EscalationLadder.check(new Move(Regime.DORMANT, Regime.ACTIVE_BASIC, " ", false))))
                .containsExactly("Geef de reden van de wijziging.");
        assertThat(EscalationLadder.check(new Move(Regime.DORMANT, Regime.ACTIVE_BASIC, " ", false)))
                .containsExactly(nl.thuisbasis.platform.Problem.at("reason", "oversight.problem.reason.missing"));
        assertThat(EscalationLadder.check(new Move(Regime.STRICTER, Regime.STRICTER, "idem", false))).isNotEmpty();
    }

    @Test
    void escalating_several_rungs_at_once_needs_an_urgent_reason_and_de_escalating_never_skips() {
        assertThat(EscalationLadder.check(new Move(Regime.DORMANT, Regime.IMPROVEMENT_TRACK, "incident", false))).isNotEmpty();
        assertThat(EscalationLadder.check(new Move(Regime.DORMANT, Regime.IMPROVEMENT_TRACK, "ernstig incident", true))).isEmpty();
        assertThat(DutchTexts.texts(EscalationLadder.check(new Move(Regime.IMPROVEMENT_TRACK, Regime.DORMANT, "klaar", true))))
                .containsExactly("Afschalen gaat één trede tegelijk.");
    }

    @Test
    void extra_supervision_exists_only_alongside_the_improvement_track() {
        assertThat(EscalationLadder.extraSupervisionAllowed(Regime.IMPROVEMENT_TRACK)).isTrue();
        assertThat(EscalationLadder.extraSupervisionAllowed(Regime.STRICTER)).isFalse();
        assertThat(EscalationLadder.endsExtraSupervision(new Move(Regime.IMPROVEMENT_TRACK, Regime.STRICTER, "beter", false))).isTrue();
        assertThat(EscalationLadder.endsExtraSupervision(new Move(Regime.STRICTER, Regime.IMPROVEMENT_TRACK, "slechter", false))).isFalse();
    }
}
