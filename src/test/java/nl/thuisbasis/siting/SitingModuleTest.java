package nl.thuisbasis.siting;

import static org.assertj.core.api.Assertions.assertThat;

import nl.thuisbasis.siting.domain.IndicatorWeight;
import nl.thuisbasis.siting.indicator.Indicators;
import nl.thuisbasis.siting.model.ScoringModels;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@DisplayName("The siting module")
class SitingModuleTest {

    @Autowired
    ScoringModels models;

    @Test
    void every_indicator_source_is_found_through_the_extension_point_and_the_first_model_weighs_them_all() {
        assertThat(models.indicatorsOnOffer()).containsKeys("percentageEenpersoonshuishoudens", "income_low",
                "placesPer1000", "facilitiesInRadius", "placesInRadius", "nearestFacilityMetres");
        assertThat(models.current("west-brabant-west").indicators()).extracting(IndicatorWeight::key)
                .containsAll(models.indicatorsOnOffer().keySet().stream()
                        .filter(k -> !k.startsWith(Indicators.LOCAL_INDEX_PREFIX)).toList());
        assertThat(models.current("west-brabant-west").version()).isEqualTo(1);
    }
}
