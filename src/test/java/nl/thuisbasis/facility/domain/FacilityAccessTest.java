package nl.thuisbasis.facility.domain;

import nl.thuisbasis.identity.Viewer;
import static nl.thuisbasis.facility.domain.Facilities.facility;
import static org.assertj.core.api.Assertions.assertThat;

import nl.thuisbasis.facility.Facility;
import nl.thuisbasis.facility.FacilityStatus;
import nl.thuisbasis.facility.FacilityType;
import nl.thuisbasis.identity.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Who sees and changes which facility")
class FacilityAccessTest {

    static final Viewer LEGER = new Viewer(Role.PROVIDER, "leger-des-heils", null);
    static final Viewer YULIUS = new Viewer(Role.PROVIDER, "yulius", null);
    static final Viewer TRIVIRE = new Viewer(Role.CORPORATION, "trivire", null);
    static final Viewer DORDRECHT = new Viewer(Role.MUNICIPALITY, "GM0505", "GM0505");
    static final Viewer ZWIJNDRECHT = new Viewer(Role.MUNICIPALITY, "GM0642", "GM0642");
    static final Viewer REGION = new Viewer(Role.REGION_COORDINATOR, "regio", null);
    static final Viewer ADMIN = new Viewer(Role.ADMIN, "beheer", null);

    final Facility secret = facility("leger-des-heils", "GM0505", "3311", FacilityType.CRISIS_SHELTER, 12,
            FacilityStatus.IN_USE, true, false);
    final Facility ordinary = facility("yulius", "GM0505", "3311", FacilityType.PROTECTED_HOUSING, 24,
            FacilityStatus.IN_USE, false, false);
    final Facility listed = facility("yulius", "GM0505", "3311", FacilityType.SKAEVE_HUSE, 5, FacilityStatus.IN_USE,
            false, true);

    @Test
    void each_role_gets_its_own_layer() {
        assertThat(FacilityAccess.layerOf(Viewer.PUBLIC)).isEqualTo(Layer.PUBLIC);
        assertThat(FacilityAccess.layerOf(LEGER)).isEqualTo(Layer.PROVIDER);
        assertThat(FacilityAccess.layerOf(TRIVIRE)).isEqualTo(Layer.PROVIDER);
        assertThat(FacilityAccess.layerOf(DORDRECHT)).isEqualTo(Layer.SCAN);
        assertThat(FacilityAccess.layerOf(REGION)).isEqualTo(Layer.SCAN);
        assertThat(FacilityAccess.layerOf(ADMIN)).isEqualTo(Layer.SCAN);
    }

    @Test
    void a_secret_address_is_seen_only_by_its_own_provider_and_the_admin() {
        assertThat(FacilityAccess.visibility(LEGER, secret)).isEqualTo(Visibility.FULL);
        assertThat(FacilityAccess.visibility(ADMIN, secret)).isEqualTo(Visibility.FULL);
        for (Viewer other : new Viewer[] {Viewer.PUBLIC, YULIUS, TRIVIRE, DORDRECHT, REGION}) {
            assertThat(FacilityAccess.visibility(other, secret)).as(String.valueOf(other.role())).isEqualTo(Visibility.NONE);
        }
    }

    @Test
    void the_public_sees_only_publicly_listed_facilities() {
        assertThat(FacilityAccess.visibility(Viewer.PUBLIC, ordinary)).isEqualTo(Visibility.NONE);
        assertThat(FacilityAccess.visibility(Viewer.PUBLIC, listed)).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void a_publicly_listed_idea_or_closed_facility_is_not_on_the_public_map() {
        Facility idea = facility("yulius", "GM0505", "3311", FacilityType.SKAEVE_HUSE, 12, FacilityStatus.IDEA, false, true);
        Facility closed = facility("yulius", "GM0505", "3311", FacilityType.SKAEVE_HUSE, 12, FacilityStatus.CLOSED, false, true);
        assertThat(FacilityAccess.visibility(Viewer.PUBLIC, idea)).isEqualTo(Visibility.NONE);
        assertThat(FacilityAccess.visibility(Viewer.PUBLIC, closed)).isEqualTo(Visibility.NONE);
    }

    @Test
    void providers_and_corporations_see_other_providers_facilities_per_area_and_their_own_in_full() {
        assertThat(FacilityAccess.visibility(LEGER, ordinary)).isEqualTo(Visibility.AREA);
        assertThat(FacilityAccess.visibility(TRIVIRE, ordinary)).isEqualTo(Visibility.AREA);
        assertThat(FacilityAccess.visibility(YULIUS, ordinary)).isEqualTo(Visibility.FULL);
    }

    @Test
    void another_providers_idea_is_not_shared_in_the_providers_layer() {
        Facility idea = facility("yulius", "GM0505", "3311", FacilityType.SKAEVE_HUSE, 12, FacilityStatus.IDEA, false, false);
        assertThat(FacilityAccess.visibility(LEGER, idea)).isEqualTo(Visibility.NONE);
        assertThat(FacilityAccess.visibility(DORDRECHT, idea)).isEqualTo(Visibility.FULL);
    }

    @Test
    void a_provider_edits_its_own_a_municipality_those_within_its_borders_coordinators_and_admins_all() {
        assertThat(FacilityAccess.mayEdit(YULIUS, ordinary)).isTrue();
        assertThat(FacilityAccess.mayEdit(LEGER, ordinary)).isFalse();
        assertThat(FacilityAccess.mayEdit(DORDRECHT, ordinary)).isTrue();
        assertThat(FacilityAccess.mayEdit(ZWIJNDRECHT, ordinary)).isFalse();
        assertThat(FacilityAccess.mayEdit(REGION, ordinary)).isTrue();
        assertThat(FacilityAccess.mayEdit(ADMIN, ordinary)).isTrue();
        assertThat(FacilityAccess.mayEdit(TRIVIRE, ordinary)).isFalse();
        assertThat(FacilityAccess.mayEdit(Viewer.PUBLIC, listed)).isFalse();
    }

    @Test
    void nobody_who_cannot_see_a_secret_facility_can_change_it() {
        assertThat(FacilityAccess.mayEdit(DORDRECHT, secret)).isFalse();
        assertThat(FacilityAccess.mayEdit(REGION, secret)).isFalse();
        assertThat(FacilityAccess.mayEdit(LEGER, secret)).isTrue();
        assertThat(FacilityAccess.mayEdit(ADMIN, secret)).isTrue();
    }

    @Test
    void a_provider_registers_only_for_itself_and_a_municipality_only_within_its_borders() {
        assertThat(FacilityAccess.mayRegister(LEGER, "leger-des-heils", "GM0642")).isTrue();
        assertThat(FacilityAccess.mayRegister(LEGER, "yulius", "GM0505")).isFalse();
        assertThat(FacilityAccess.mayRegister(DORDRECHT, "yulius", "GM0505")).isTrue();
        assertThat(FacilityAccess.mayRegister(DORDRECHT, "yulius", "GM0642")).isFalse();
        assertThat(FacilityAccess.mayRegister(TRIVIRE, "yulius", "GM0505")).isFalse();
        assertThat(FacilityAccess.mayRegister(Viewer.PUBLIC, "yulius", "GM0505")).isFalse();
    }
}
