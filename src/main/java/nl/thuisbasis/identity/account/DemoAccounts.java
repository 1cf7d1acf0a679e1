package nl.thuisbasis.identity.account;

import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.IdentityProperties;
import nl.thuisbasis.identity.Organisation;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisations named in the source documents and one generated demo account per role,
 * created when the database has no users yet. The accounts are listed in the README.
 */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

    /** The password of every demo account. Only for the demo; switch demo accounts off in production. */
    static final String DEMO_PASSWORD = "Thuisbasis-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record DemoAccount(String username, String displayName, Role role, String organisationCode) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("begeleider", "Demo Begeleider (Leger des Heils)", Role.PROVIDER, "leger-des-heils"),
            new DemoAccount("corporatie", "Demo Ketenregisseur (Trivire)", Role.CORPORATION, "trivire"),
            new DemoAccount("gemeente", "Demo Beleidsmedewerker (Dordrecht)", Role.MUNICIPALITY, "GM0505"),
            new DemoAccount("regio", "Demo Regiocoördinator", Role.REGION_COORDINATOR, "regio-drechtsteden-alblasserwaard"),
            new DemoAccount("beheerder", "Demo Beheerder", Role.ADMIN, "thuisbasis-beheer"));

    static final List<Organisation> ORGANISATIONS = List.of(
            municipality("GM0482", "Gemeente Alblasserdam"),
            municipality("GM0505", "Gemeente Dordrecht"),
            municipality("GM0512", "Gemeente Gorinchem"),
            municipality("GM0523", "Gemeente Hardinxveld-Giessendam"),
            municipality("GM0531", "Gemeente Hendrik-Ido-Ambacht"),
            municipality("GM0590", "Gemeente Papendrecht"),
            municipality("GM0610", "Gemeente Sliedrecht"),
            municipality("GM0642", "Gemeente Zwijndrecht"),
            municipality("GM1978", "Gemeente Molenlanden"),
            organisation("regio-drechtsteden-alblasserwaard", "Regio Drechtsteden/Alblasserwaard", OrganisationType.REGION),
            organisation("thuisbasis-beheer", "Thuisbasis functioneel beheer", OrganisationType.REGION),
            organisation("trivire", "Trivire", OrganisationType.HOUSING_CORPORATION),
            organisation("alwel", "Alwel", OrganisationType.HOUSING_CORPORATION),
            organisation("stadlander", "Stadlander", OrganisationType.HOUSING_CORPORATION),
            organisation("thuisvester", "Thuisvester", OrganisationType.HOUSING_CORPORATION),
            organisation("woonkwartier", "Woonkwartier", OrganisationType.HOUSING_CORPORATION),
            organisation("leger-des-heils", "Leger des Heils", OrganisationType.CARE_PROVIDER),
            organisation("yulius", "Yulius", OrganisationType.CARE_PROVIDER),
            organisation("asvz", "ASVZ", OrganisationType.CARE_PROVIDER),
            organisation("pameijer", "Pameijer", OrganisationType.CARE_PROVIDER));

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final IdentityProperties properties;

    DemoAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, IdentityProperties properties) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoAccounts() || accounts.countUsers() > 0) {
            return;
        }
        ORGANISATIONS.forEach(accounts::saveOrganisation);
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        for (DemoAccount account : ACCOUNTS) {
            Organisation organisation = accounts.findOrganisation(account.organisationCode()).orElseThrow();
            accounts.insertUser(UUID.randomUUID(), account.username(), account.displayName(), null, hash, account.role(),
                    organisation.id(), null);
        }
        log.info("Created {} demo organisations and {} demo accounts", ORGANISATIONS.size(), ACCOUNTS.size());
    }

    private static Organisation municipality(String code, String name) {
        return new Organisation(UUID.nameUUIDFromBytes(code.getBytes()), code, name, OrganisationType.MUNICIPALITY, code);
    }

    private static Organisation organisation(String code, String name, OrganisationType type) {
        return new Organisation(UUID.nameUUIDFromBytes(code.getBytes()), code, name, type, null);
    }
}
