package nl.thuisbasis.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.Organisation;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
class IdentityModuleTest {

    @Autowired
    UserDetailsService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void there_is_one_demo_account_per_role_each_in_its_own_organisation() {
        for (DemoAccounts.DemoAccount demo : DemoAccounts.ACCOUNTS) {
            CurrentUser user = (CurrentUser) accounts.loadUserByUsername(demo.username());
            assertThat(user.role()).isEqualTo(demo.role());
            assertThat(user.organisationCode()).isEqualTo(demo.organisationCode());
            assertThat(encoder.matches(DemoAccounts.DEMO_PASSWORD, user.getPassword())).isTrue();
            assertThat(user.getPassword()).startsWith("$2");
        }
        assertThat(DemoAccounts.ACCOUNTS).extracting(DemoAccounts.DemoAccount::role).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void the_nine_municipalities_of_the_demo_region_are_organisations() {
        assertThat(repository.findOrganisations())
                .filteredOn(o -> o.type() == OrganisationType.MUNICIPALITY)
                .extracting(Organisation::municipalityCode)
                .containsExactlyInAnyOrder("GM0482", "GM0505", "GM0512", "GM0523", "GM0531", "GM0590", "GM0610",
                        "GM0642", "GM1978");
        assertThat(repository.findOrganisation("leger-des-heils")).get()
                .extracting(Organisation::type).isEqualTo(OrganisationType.CARE_PROVIDER);
        assertThat(repository.findOrganisation("trivire")).get()
                .extracting(Organisation::type).isEqualTo(OrganisationType.HOUSING_CORPORATION);
    }

    @Test
    void the_logged_in_user_never_shows_its_password_hash() {
        assertThat(accounts.loadUserByUsername("beheerder").toString()).doesNotContain("$2");
    }
}
