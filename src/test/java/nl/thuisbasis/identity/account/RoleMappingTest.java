package nl.thuisbasis.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.thuisbasis.identity.Role;
import org.junit.jupiter.api.Test;

class RoleMappingTest {

    @Test
    void keycloak_style_role_names_map_to_thuisbasis_roles() {
        assertThat(Role.fromClaim("thuisbasis-region-coordinator")).contains(Role.REGION_COORDINATOR);
        assertThat(Role.fromClaim("ROLE_ADMIN")).contains(Role.ADMIN);
        assertThat(Role.fromClaim("provider")).contains(Role.PROVIDER);
        assertThat(Role.fromClaim("offline_access")).isEmpty();
    }

    @Test
    void the_roles_claim_is_read_by_a_dotted_path_and_the_strongest_known_role_wins() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("offline_access",
                "thuisbasis-provider", "thuisbasis-municipality")));

        Object roles = OidcAccountService.claimAt(claims, "realm_access.roles");

        assertThat(OidcAccountService.roleFrom(roles)).contains(Role.MUNICIPALITY);
        assertThat(OidcAccountService.roleFrom(List.of("uma_authorization"))).isEmpty();
        assertThat(OidcAccountService.claimAt(claims, "resource_access.roles")).isNull();
    }
}
