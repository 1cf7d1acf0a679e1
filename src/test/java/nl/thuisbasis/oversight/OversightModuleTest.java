package nl.thuisbasis.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@DisplayName("The oversight module")
class OversightModuleTest {

    @Autowired
    nl.thuisbasis.oversight.location.Locations locations;

    @Test
    void a_facility_nobody_logged_in_sees_has_no_oversight_to_show() {
        assertThat(locations.profile(nl.thuisbasis.oversight.location.LocationId.of(nl.thuisbasis.facility.FacilityId.random())))
                .isEmpty();
    }
}
