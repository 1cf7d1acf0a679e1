package nl.thuisbasis.siting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.thuisbasis.facility.FacilityCategory;
import nl.thuisbasis.siting.domain.InitiativeProcess.Proposed;
import nl.thuisbasis.siting.domain.InitiativeProcess.Recorded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The initiative process")
class InitiativeProcessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Recorded SCAN = new Recorded(InitiativeStep.SCAN, LocalDate.of(2026, 9, 1), "scan-1", null, null, null);
    static final Recorded INFORMED = new Recorded(InitiativeStep.NEIGHBOURS_INFORMED, LocalDate.of(2026, 10, 1), null, null, null, null);

    static List<String> texts(List<nl.thuisbasis.platform.Problem> problems) {
        return DutchTexts.of(problems);
    }

    static Proposed decision(String body, Boolean approved, LocalDate publishedOn) {
        return new Proposed(InitiativeStep.DECISION, LocalDate.of(2026, 10, 15), null, body, approved, publishedOn);
    }

    @Test
    void a_decision_cannot_be_recorded_without_a_saved_scan() {
        assertThat(texts(InitiativeProcess.check(FacilityCategory.SUPPORTED_LIVING, List.of(INFORMED),
                decision("EXECUTIVE", true, null), TODAY))).anySatisfy(p -> assertThat(p).contains("bewaarde scan"));
    }

    @Test
    void a_publication_date_before_the_neighbours_were_informed_is_refused() {
        assertThat(texts(InitiativeProcess.check(FacilityCategory.SUPPORTED_LIVING, List.of(SCAN, INFORMED),
                decision("EXECUTIVE", true, LocalDate.of(2026, 9, 20)), TODAY)))
                .anySatisfy(p -> assertThat(p).contains("Omwonenden horen het eerst"));
        assertThat(texts(InitiativeProcess.check(FacilityCategory.SUPPORTED_LIVING, List.of(SCAN),
                decision("EXECUTIVE", true, LocalDate.of(2026, 10, 20)), TODAY)))
                .anySatisfy(p -> assertThat(p).contains("Informeer eerst de omwonenden"));
        assertThat(texts(InitiativeProcess.check(FacilityCategory.SUPPORTED_LIVING, List.of(SCAN, INFORMED),
                decision("EXECUTIVE", true, LocalDate.of(2026, 10, 20)), TODAY))).isEmpty();
    }

    @Test
    void the_council_decides_on_shelter_and_protected_housing() {
        assertThat(texts(InitiativeProcess.check(FacilityCategory.SHELTER, List.of(SCAN, INFORMED), decision("EXECUTIVE", true, null), TODAY)))
                .containsExactly("Over beschermd wonen en opvang besluit de gemeenteraad.");
        assertThat(texts(InitiativeProcess.check(FacilityCategory.PROTECTED_HOUSING, List.of(SCAN, INFORMED), decision("COUNCIL", true, null), TODAY)))
                .isEmpty();
    }

    @Test
    void realisation_needs_a_positive_decision_and_in_use_needs_realisation() {
        Proposed realisation = new Proposed(InitiativeStep.REALISATION, LocalDate.of(2026, 11, 1), null, null, null, null);
        Proposed inUse = new Proposed(InitiativeStep.IN_USE, LocalDate.of(2026, 11, 20), null, null, null, null);
        assertThat(texts(InitiativeProcess.check(FacilityCategory.SHELTER, List.of(SCAN, INFORMED), realisation, TODAY))).isNotEmpty();
        Recorded approved = new Recorded(InitiativeStep.DECISION, LocalDate.of(2026, 10, 15), null, "COUNCIL", true, null);
        assertThat(texts(InitiativeProcess.check(FacilityCategory.SHELTER, List.of(SCAN, INFORMED, approved), realisation, TODAY))).isEmpty();
        assertThat(texts(InitiativeProcess.check(FacilityCategory.SHELTER, List.of(SCAN, INFORMED, approved), inUse, TODAY))).isNotEmpty();
        Recorded realised = new Recorded(InitiativeStep.REALISATION, LocalDate.of(2026, 11, 1), null, null, null, null);
        assertThat(texts(InitiativeProcess.check(FacilityCategory.SHELTER, List.of(SCAN, INFORMED, approved, realised), inUse, TODAY))).isEmpty();
        assertThat(InitiativeProcess.stage(List.of(SCAN, INFORMED, approved, realised))).isEqualTo(InitiativeStep.REALISATION);
    }

    @Test
    void nothing_follows_a_negative_decision_or_being_in_use_and_no_step_lies_in_the_future() {
        Recorded rejected = new Recorded(InitiativeStep.DECISION, LocalDate.of(2026, 10, 15), null, "COUNCIL", false, null);
        Proposed meeting = new Proposed(InitiativeStep.NEIGHBOURHOOD_MEETING, LocalDate.of(2026, 11, 1), null, null, null, null);
        assertThat(texts(InitiativeProcess.check(FacilityCategory.SHELTER, List.of(SCAN, rejected), meeting, TODAY))).isNotEmpty();
        Proposed future = new Proposed(InitiativeStep.NEIGHBOURHOOD_MEETING, TODAY.plusDays(1), null, null, null, null);
        assertThat(texts(InitiativeProcess.check(FacilityCategory.SHELTER, List.of(SCAN), future, TODAY)))
                .anySatisfy(p -> assertThat(p).contains("toekomst"));
    }
}
