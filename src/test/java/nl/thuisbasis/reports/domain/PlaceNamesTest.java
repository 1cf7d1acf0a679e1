package nl.thuisbasis.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {

    static final Map<String, String> NAMES = Map.of("GM0505", "Dordrecht", "GM0590", "Papendrecht", "GM0642", "Zwijndrecht",
            "GM0531", "Hendrik-Ido-Ambacht", "GM0512", "Gorinchem");

    @Test
    void a_typed_street_with_its_town_is_routed_by_the_town() {
        assertThat(PlaceNames.municipalityIn("Kasperspad, Dordrecht", NAMES)).contains("GM0505");
        assertThat(PlaceNames.municipalityIn("bij het station in gorinchem", NAMES)).contains("GM0512");
        assertThat(PlaceNames.municipalityIn("Weteringsingel (Hendrik-Ido-Ambacht)", NAMES)).contains("GM0531");
    }

    @Test
    void a_town_inside_another_word_is_not_a_town() {
        assertThat(PlaceNames.municipalityIn("Papendrechtstraat 4", NAMES)).isEmpty();
        assertThat(PlaceNames.municipalityIn("Papendrecht, Markt", NAMES)).contains("GM0590");
    }

    @Test
    void without_a_town_nothing_is_guessed() {
        assertThat(PlaceNames.municipalityIn("Kasperspad", NAMES)).isEmpty();
        assertThat(PlaceNames.municipalityIn("", NAMES)).isEmpty();
        assertThat(PlaceNames.municipalityIn(null, NAMES)).isEmpty();
    }
}
