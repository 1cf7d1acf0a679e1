package nl.thuisbasis.facility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.thuisbasis.facility.CapacityUnit;
import nl.thuisbasis.facility.FacilityDraft;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.facility.TargetGroup;
import nl.thuisbasis.platform.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Validating a new or changed facility")
class FacilityValidationTest {

    static FacilityDraft valid() {
        return new FacilityDraft("Tussenvoorziening Sterrenburg", FacilityType.INTERMEDIATE_FACILITY,
                Set.of(TargetGroup.HOMELESS), "yulius", "Trivire", "Sterrenburglaan", "40", "3318 zb", "Dordrecht",
                4.6719, 51.7877, 8, CapacityUnit.PLACES, FacilityStatus.IN_USE, null, LocalDate.of(2020, 5, 1), null,
                true, null, "https://www.yulius.nl", false, false, false);
    }

    @Test
    void a_complete_draft_has_no_problems_and_its_postcode_is_normalised() {
        assertThat(FacilityValidation.validate(valid())).isEmpty();
        assertThat(valid().normalisedPostcode()).isEqualTo("3318ZB");
    }

    @Test
    void an_empty_draft_names_every_missing_field_in_dutch_and_english() {
        FacilityDraft empty = new FacilityDraft(null, null, Set.of(), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, false, null, null, false, false, false);
        assertThat(FacilityValidation.validate(empty)).extracting(Problem::field).contains("name", "type",
                "targetGroups", "providerCode", "street", "houseNumber", "postcode", "place", "point", "capacity",
                "capacityUnit", "status");
        assertThat(FacilityValidation.validate(empty)).extracting(Texts::text).contains("Naam is verplicht.");
        assertThat(FacilityValidation.validate(empty)).extracting(p -> Texts.text(p, java.util.Locale.ENGLISH))
                .contains("Name is required.", "Choose the type of facility.");
    }

    @Test
    void a_secret_address_cannot_be_publicly_listed() {
        FacilityDraft d = valid();
        FacilityDraft both = new FacilityDraft(d.name(), d.type(), d.targetGroups(), d.providerCode(), d.owner(), d.street(),
                d.houseNumber(), d.postcode(), d.place(), d.lon(), d.lat(), d.capacity(), d.capacityUnit(), d.status(),
                null, d.openedOn(), null, true, null, null, true, true, false);
        assertThat(FacilityValidation.validate(both)).extracting(Problem::field).containsExactly("publiclyListed");
    }

    @Test
    void swapped_coordinates_and_a_foreign_postcode_are_refused() {
        FacilityDraft d = valid();
        FacilityDraft swapped = new FacilityDraft(d.name(), d.type(), d.targetGroups(), d.providerCode(), d.owner(),
                d.street(), d.houseNumber(), "B-2000", d.place(), 51.7877, 4.6719, d.capacity(), d.capacityUnit(),
                d.status(), null, null, null, false, null, null, false, false, false);
        assertThat(FacilityValidation.validate(swapped)).extracting(Problem::field).containsExactly("postcode", "point");
    }

    @Test
    void a_closed_facility_needs_a_closing_date_after_its_opening() {
        FacilityDraft d = valid();
        FacilityDraft closedWithoutDate = new FacilityDraft(d.name(), d.type(), d.targetGroups(), d.providerCode(),
                d.owner(), d.street(), d.houseNumber(), d.postcode(), d.place(), d.lon(), d.lat(), d.capacity(),
                d.capacityUnit(), FacilityStatus.CLOSED, null, LocalDate.of(2020, 5, 1), null, false, null, null, false,
                false, false);
        FacilityDraft closedBeforeOpening = new FacilityDraft(d.name(), d.type(), d.targetGroups(), d.providerCode(),
                d.owner(), d.street(), d.houseNumber(), d.postcode(), d.place(), d.lon(), d.lat(), d.capacity(),
                d.capacityUnit(), FacilityStatus.CLOSED, null, LocalDate.of(2020, 5, 1), LocalDate.of(2019, 1, 1), false,
                null, null, false, false, false);
        assertThat(FacilityValidation.validate(closedWithoutDate)).extracting(Problem::field).containsExactly("closedOn");
        assertThat(FacilityValidation.validate(closedBeforeOpening)).extracting(Problem::field).containsExactly("closedOn");
    }

    @Test
    void a_website_must_be_a_web_address() {
        FacilityDraft d = valid();
        FacilityDraft script = new FacilityDraft(d.name(), d.type(), d.targetGroups(), d.providerCode(), d.owner(),
                d.street(), d.houseNumber(), d.postcode(), d.place(), d.lon(), d.lat(), d.capacity(), d.capacityUnit(),
                d.status(), null, null, null, false, null, "javascript:alert(1)", false, false, false);
        assertThat(FacilityValidation.validate(script)).extracting(Problem::field).containsExactly("url");
    }
}
