package nl.thuisbasis.trajectory.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.ConsentRules;
import nl.thuisbasis.trajectory.domain.ConsentRules.DataCategory;
import nl.thuisbasis.trajectory.domain.ConsentRules.Evidence;
import nl.thuisbasis.trajectory.domain.ConsentRules.Purpose;
import nl.thuisbasis.trajectory.domain.TargetHousing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Consents of a client: recorded with their evidence, checked, revoked from the next request; all in the log. */
@SpringBootTest
class ConsentsTest {

    @Autowired
    Consents consents;

    @Autowired
    Clients clients;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.thuisbasis.audit.ProcessingLog processingLog;

    CurrentUser user(String name) {
        return (CurrentUser) users.loadUserByUsername(name);
    }

    @Test
    void recorded_checked_and_revoked() {
        CurrentUser worker = user("begeleider");
        UUID client = clients.register(worker, new ClientRules.Draft("Roos Testpersoon", LocalDate.of(1985, 5, 5),
                "C-" + UUID.randomUUID().toString().substring(0, 8), TargetHousing.TENANCY_WITH_CARE, null, null, null, null,
                "begeleider", null));
        LocalDate today = clients.today();
        UUID id = consents.record(worker, client, new ConsentRules.Draft(EnumSet.of(DataCategory.SUPPORT_PLAN), "trivire", null,
                Purpose.AFTERCARE, today, today.plusMonths(6), Evidence.VERBAL_WITH_WITNESS, "Ans Testgetuige", false), null);
        assertThat(ConsentRules.allows(consents.forCheck(client), "trivire", OrganisationType.HOUSING_CORPORATION,
                DataCategory.SUPPORT_PLAN, Purpose.AFTERCARE, today, consents.now())).isTrue();

        assertThatThrownBy(() -> consents.record(worker, client, new ConsentRules.Draft(EnumSet.of(DataCategory.NOTES), null, null,
                Purpose.AFTERCARE, today, today, Evidence.SIGNED_FORM, null, true),
                new Consents.SignedForm("x.exe", "application/x-msdownload", new byte[] {1}))).isInstanceOfSatisfying(Refused.class,
                        r -> assertThat(r.problems()).extracting(p -> p.field()).containsExactly("recipient", "signedForm"));
        assertThatThrownBy(() -> consents.revoke(worker, client, id, 0, " ")).isInstanceOf(Refused.class);
        consents.revoke(worker, client, id, 0, "De cliënt wil dit niet meer");
        assertThatThrownBy(() -> consents.revoke(worker, client, id, 0, "nogmaals")).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.kind()).isEqualTo(Refused.Kind.CONFLICT));
        assertThat(ConsentRules.allows(consents.forCheck(client), "trivire", OrganisationType.HOUSING_CORPORATION,
                DataCategory.SUPPORT_PLAN, Purpose.AFTERCARE, today, consents.now())).as("revoked").isFalse();
        assertThat(consents.list(worker, client)).singleElement().satisfies(r -> {
            assertThat(r.revokeReason()).isEqualTo("De cliënt wil dit niet meer");
            assertThat(r.witness()).isEqualTo("Ans Testgetuige");
        });
        assertThatThrownBy(() -> consents.list(user("corporatie"), client)).isInstanceOf(Refused.class);
        for (String action : new String[] {"trajectory.consent.record", "trajectory.consent.revoke", "trajectory.consent.read"}) {
            assertThat(jdbc.sql("select count(*) from processing_log where action = ? and subject_ref = ?")
                    .params(action, processingLog.pseudonym("client", client.toString())).query(Long.class).single()).as(action).isEqualTo(1);
        }
    }
}
