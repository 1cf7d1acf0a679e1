package nl.thuisbasis.outflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetailsService;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.contingent.Contingents;
import nl.thuisbasis.outflow.offer.Offers;
import nl.thuisbasis.outflow.settings.OutflowSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform")
@DisplayName("The outflow module")
class OutflowModuleTest {

    @Autowired
    OutflowSettings settings;

    @Autowired
    Contingents contingents;

    @Autowired
    Offers offers;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

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

    @Test
    void a_provider_accepting_an_offer_starts_a_tenancy_with_care_that_other_modules_hear_of(Scenario scenario) {
        CurrentUser provider = (CurrentUser) accounts.loadUserByUsername("begeleider");
        // a candidate, a dwelling and an open offer of this test's own (generated, no real person)
        UUID candidate = UUID.randomUUID();
        jdbc.sql("""
                insert into candidate (id, region_code, reference, provider_code, deciding_municipality, adults, children,
                    age_band, income_band, bedrooms_needed, origin_municipality, support_provider, support_intensity,
                    target_housing, category, consent_on, status, urgency_granted_on, urgency_decision, registered_by)
                values (?, 'drechtsteden-alblasserwaard', ?, ?, 'GM0505', 1, 0, 'Y27_44', 'LOW', 1, 'GM0505', ?, 'MEDIUM',
                    'TENANCY_WITH_CARE', 'SHELTER', current_date, 'OFFERED', current_date, 'URG-TEST', 'test')""")
                .params(candidate, "MODULE-" + candidate.toString().substring(0, 8), provider.organisation().code(),
                        provider.organisation().code()).update();
        UUID vacancy = UUID.randomUUID();
        jdbc.sql("""
                insert into vacancy (id, region_code, corporation_code, address, postcode, municipality_code,
                    neighbourhood_code, bedrooms, rent_cents, floor, available_from, status, created_by)
                values (?, 'drechtsteden-alblasserwaard', 'trivire', 'Moduletestlaan 1', '3311AB', 'GM0505', 'BU05050101', 1,
                    60000, 0, current_date, 'OFFERED', 'test')""").param(vacancy).update();
        UUID offer = UUID.randomUUID();
        jdbc.sql("""
                insert into offer (id, vacancy_id, candidate_id, corporation_code, provider_code, offered_on, made_by, status)
                values (?, ?, ?, 'trivire', ?, current_date, 'test', 'OPEN')""")
                .params(offer, vacancy, candidate, provider.organisation().code()).update();
        LocalDate startsOn = LocalDate.now().plusDays(14);

        scenario.stimulate(() -> offers.accept(provider, offer, startsOn, 12))
                .andWaitForEventOfType(TenancyStarted.class)
                .matching(started -> started.candidate().equals(candidate))
                .toArriveAndVerify((started, tenancy) -> {
                    assertThat(started.tenancy()).isEqualTo(tenancy);
                    assertThat(started.providerCode()).isEqualTo(provider.organisation().code());
                    assertThat(started.startsOn()).isEqualTo(startsOn);
                    assertThat(started.endsOn()).isEqualTo(startsOn.plusMonths(12));
                });
    }
}
