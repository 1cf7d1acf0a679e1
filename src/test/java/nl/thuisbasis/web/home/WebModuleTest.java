package nl.thuisbasis.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.thuisbasis.region.MunicipalitySummary;
import nl.thuisbasis.region.Region;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.ui.ExtendedModelMap;

@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class WebModuleTest {

    @Autowired
    HomeController home;

    @Test
    void the_home_page_shows_the_demo_region_with_its_municipalities_and_totals() {
        ExtendedModelMap model = new ExtendedModelMap();

        assertThat(home.home(null, model)).isEqualTo("home");

        Region region = (Region) model.get("region");
        assertThat(region.code()).isEqualTo("drechtsteden-alblasserwaard");
        @SuppressWarnings("unchecked")
        List<MunicipalitySummary> municipalities = (List<MunicipalitySummary>) model.get("municipalities");
        assertThat(municipalities).hasSize(9);
        long households = municipalities.stream().mapToLong(MunicipalitySummary::households).sum();
        assertThat(model.get("totalHouseholds")).isEqualTo(households);
    }

    @Test
    void an_unknown_region_falls_back_to_the_demo_region() {
        ExtendedModelMap model = new ExtendedModelMap();

        home.home("atlantis", model);

        assertThat(((Region) model.get("region")).code()).isEqualTo("drechtsteden-alblasserwaard");
    }
}
