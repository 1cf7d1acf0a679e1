package nl.thuisbasis.facility.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import nl.thuisbasis.facility.domain.PublicAggregation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import nl.thuisbasis.facility.layers.FacilityLayers;
import nl.thuisbasis.facility.FacilityRegisterChanged;
import nl.thuisbasis.facility.Facility;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@DisplayName("The facility module")
class FacilityModuleTest {

    @Autowired
    FacilityDemoData demoData;

    @Autowired
    FacilityLayers layers;

    @Autowired
    FacilityService service;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_register_gives_every_demo_municipality_facilities_and_has_a_secret_address() {
        Set<String> municipalities = service.allForAggregates().stream().map(Facility::municipalityCode)
                .collect(Collectors.toSet());
        assertThat(municipalities).contains("GM0482", "GM0505", "GM0512", "GM0523", "GM0531", "GM0590", "GM0610",
                "GM0642", "GM1978");
        assertThat(service.allForAggregates()).anyMatch(Facility::secretAddress);
        assertThat(service.allForAggregates()).filteredOn(Facility::generated)
                .allSatisfy(f -> assertThat(f.name()).startsWith("(gegenereerd)"));
        assertThat(service.allForAggregates()).filteredOn(f -> f.name().equals("Skaeve Huse Kerkeplaat"))
                .singleElement().satisfies(f -> {
                    assertThat(f.capacity()).isEqualTo(5);
                    assertThat(f.municipalityCode()).isEqualTo("GM0505");
                    assertThat(f.districtCode()).isEqualTo("WK050506"); // wijk Staart
                });
    }

    @Test
    void a_second_start_loads_no_demo_facilities_again() throws Exception {
        long before = jdbc.sql("select count(*) from facility").query(Long.class).single();
        demoData.run(null);
        assertThat(jdbc.sql("select count(*) from facility").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void the_public_layer_adds_up_to_the_register() {
        var layer = layers.publicLayer();
        long inUseNotSecret = service.allForAggregates().stream()
                .filter(f -> PublicAggregation.counts(f) && !f.secretAddress()).count();
        long shown = layer.areas().stream().filter(a -> !a.figures().suppressed())
                .mapToLong(a -> a.figures().facilities()).sum();
        long suppressedAreas = layer.areas().stream().filter(a -> a.figures().suppressed()).count();
        assertThat(shown).isLessThanOrEqualTo(inUseNotSecret);
        // every suppressed area hides 1 or 2 facilities
        assertThat(inUseNotSecret - shown).isBetween(suppressedAreas, 2 * suppressedAreas);
        long inUse = service.allForAggregates().stream().filter(PublicAggregation::counts).count();
        assertThat(layer.municipalities().stream().mapToLong(m -> m.facilities()).sum()).isEqualTo(inUse);
        assertThat(layer.facilities()).allSatisfy(f -> assertThat(f.publiclyListed()).isTrue())
                .noneMatch(Facility::secretAddress);
    }

    @Test
    void the_public_layer_is_recomputed_after_a_change_to_the_register() {
        long revision = layers.revision();
        layers.on(new FacilityRegisterChanged("update", 1));
        assertThat(layers.revision()).isGreaterThan(revision);
        assertThat(layers.publicLayer().revision()).isEqualTo(layers.revision());
    }
}
