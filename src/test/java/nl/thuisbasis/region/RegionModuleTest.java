package nl.thuisbasis.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class RegionModuleTest {

    @Autowired
    GeoLookup lookup;

    @Autowired
    RegionCatalog catalog;

    @Test
    void a_point_in_dordrecht_city_centre_lies_in_its_neighbourhood_district_and_municipality() {
        // Grote Kerk, Dordrecht
        Location location = lookup.locate(4.6651, 51.8110);

        assertThat(location.municipalityCode()).isEqualTo("GM0505");
        assertThat(location.districtCode()).isEqualTo("WK050501");
        assertThat(location.neighbourhoodCode()).startsWith("BU050501");
        assertThat(catalog.area(location.neighbourhoodCode())).isPresent();
    }

    @Test
    void a_point_in_gorinchem_finds_the_district_as_finest_unit() {
        // Grote Markt, Gorinchem
        Location location = lookup.locate(4.9746, 51.8355);

        assertThat(location.municipalityCode()).isEqualTo("GM0512");
        assertThat(location.neighbourhoodCode()).isNull();
        assertThat(location.finestCode()).startsWith("WK0512");
    }

    @Test
    void a_point_in_the_north_sea_lies_in_no_area() {
        Location location = lookup.locate(3.0, 53.0);

        assertThat(location.finestCode()).isNull();
    }

    @Test
    void a_postcode_leads_to_its_municipality() {
        assertThat(lookup.municipalityOfPostcode("3311")).contains("GM0505");
        assertThat(lookup.municipalityOfPostcode("4201")).contains("GM0512");
        assertThat(lookup.municipalityOfPostcode("33")).isEmpty();
    }

    @Test
    void every_demo_region_municipality_has_2023_households() {
        var region = catalog.region("drechtsteden-alblasserwaard").orElseThrow();

        assertThat(catalog.municipalities(region.municipalityCodes(), 20, 0))
                .allSatisfy(m -> assertThat(m.households()).isPositive())
                .allSatisfy(m -> assertThat(m.year()).isEqualTo(2023));
    }
}
