package nl.thuisbasis.outflow;

import static org.assertj.core.api.Assertions.assertThat;

import nl.thuisbasis.outflow.contingent.Contingents;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@DisplayName("The outflow module")
class OutflowModuleTest {

    @Autowired
    OutflowSettings settings;

    @Autowired
    Contingents contingents;

    @Test
    void starts_with_its_dependencies_and_the_regions_default_norms_and_categories() {
        OutflowSettings.Norms norms = settings.norms("west-brabant-west");
        assertThat(norms.capPercent()).isEqualTo(25);
        assertThat(norms.offerNormMonths()).isEqualTo(3);
        assertThat(norms.stalledOfferDays()).isEqualTo(7);
        assertThat(norms.tenancyMonths()).isEqualTo(12);
        assertThat(settings.categories("west-brabant-west")).extracting(OutflowSettings.Category::code)
                .contains("SHELTER", "PROTECTED_HOUSING", "YOUTH_CARE");
        assertThat(contingents.preview("drechtsteden-alblasserwaard", 2026, 50, false).municipalities()).hasSize(9);
    }
}
