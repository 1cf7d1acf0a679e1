package nl.thuisbasis.oversight.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.thuisbasis.oversight.domain.RegimeSuggestion.Rule;
import nl.thuisbasis.oversight.domain.RegimeSuggestion.Signals;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Regime suggestions from reports")
class RegimeSuggestionTest {

    static final Rule RULE = new Rule(5, 90, 1);

    @Test
    void n_reports_in_the_window_suggest_one_rung_up_with_the_reason() {
        var s = RegimeSuggestion.suggest(new Signals(Regime.DORMANT, 5, 0, 400), RULE).orElseThrow();
        assertThat(s.to()).isEqualTo(Regime.ACTIVE_BASIC);
        assertThat(s.escalates()).isTrue();
        assertThat(DutchTexts.texts(s.reasons())).containsExactly("5 meldingen van overlast in de afgelopen 90 dagen (drempel 5).");
        assertThat(RegimeSuggestion.suggest(new Signals(Regime.DORMANT, 4, 0, 400), RULE)).isEmpty();
    }

    @Test
    void overdue_reports_suggest_one_rung_up_too_and_both_reasons_are_given() {
        var s = RegimeSuggestion.suggest(new Signals(Regime.STRICTER, 7, 2, 10), RULE).orElseThrow();
        assertThat(s.to()).isEqualTo(Regime.IMPROVEMENT_TRACK);
        assertThat(DutchTexts.texts(s.reasons())).hasSize(2).last().asString().contains("2 meldingen zijn over de termijn heen");
        var one = RegimeSuggestion.suggest(new Signals(Regime.STRICTER, 0, 1, 10), RULE).orElseThrow();
        assertThat(DutchTexts.texts(one.reasons())).containsExactly("1 melding is over de termijn heen (drempel 1).");
    }

    @Test
    void nothing_above_the_improvement_track() {
        assertThat(RegimeSuggestion.suggest(new Signals(Regime.IMPROVEMENT_TRACK, 20, 3, 10), RULE)).isEmpty();
    }

    @Test
    void a_quiet_window_suggests_one_rung_down_but_not_right_after_a_move_and_never_below_dormant() {
        assertThat(RegimeSuggestion.suggest(new Signals(Regime.STRICTER, 0, 0, 120), RULE).orElseThrow().to())
                .isEqualTo(Regime.ACTIVE_BASIC);
        assertThat(DutchTexts.texts(RegimeSuggestion.suggest(new Signals(Regime.STRICTER, 0, 0, 120), RULE).orElseThrow().reasons()))
                .containsExactly("Geen meldingen van overlast in de afgelopen 90 dagen en niets over de termijn.");
        assertThat(RegimeSuggestion.suggest(new Signals(Regime.STRICTER, 0, 0, 10), RULE)).as("just moved up").isEmpty();
        assertThat(RegimeSuggestion.suggest(new Signals(Regime.DORMANT, 0, 0, 1000), RULE)).isEmpty();
        assertThat(RegimeSuggestion.suggest(new Signals(Regime.ACTIVE_BASIC, 1, 0, 1000), RULE)).as("some reports").isEmpty();
    }

    @Test
    void thresholds_must_be_positive() {
        assertThatThrownBy(() -> new Rule(0, 90, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
