package nl.thuisbasis.trajectory.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.candidate.CandidateView;
import nl.thuisbasis.outflow.candidate.Candidates;
import nl.thuisbasis.outflow.domain.AgeBand;
import nl.thuisbasis.outflow.domain.IncomeBand;
import nl.thuisbasis.platform.Refused;
import nl.thuisbasis.trajectory.client.Clients;
import nl.thuisbasis.trajectory.domain.ClientRules;
import nl.thuisbasis.trajectory.domain.ReadinessChecklist;
import nl.thuisbasis.trajectory.domain.ReadinessChecklist.Confirmation;
import nl.thuisbasis.trajectory.domain.TargetHousing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Readiness and the priority scheme: the checklist complete, registering from the trajectory links the candidacy and
 * passes the readiness date on; for Housing First the date goes on at registration, whatever the checklist says.
 */
@SpringBootTest
class ReadinessTest {

    @Autowired
    Readiness readiness;

    @Autowired
    Clients clients;

    @Autowired
    Candidates candidates;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.thuisbasis.audit.ProcessingLog processingLog;

    CurrentUser login(String name) {
        CurrentUser user = (CurrentUser) users.loadUserByUsername(name);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    UUID client(String number, TargetHousing housing) {
        return clients.register(login("begeleider"), new ClientRules.Draft("Mo Testpersoon", LocalDate.of(1994, 4, 4), number,
                housing, "GM0505", "GM0505", null, null, "begeleider", null));
    }

    UUID registerCandidate(CurrentUser user, String reference, CandidateView.TargetHousing housing) {
        return candidates.register(user, new Candidates.Draft(reference, "GM0505", 1, 0, AgeBand.Y27_44, IncomeBand.LOW, false,
                false, false, 1, List.of("GM0505"), List.of(), "GM0505", "leger-des-heils",
                CandidateView.SupportIntensity.MEDIUM, housing, "SHELTER", 3, false, clients.today()));
    }

    Map<String, Confirmation> allBut(String skipped, LocalDate on) {
        Map<String, Confirmation> entered = new LinkedHashMap<>();
        for (ReadinessChecklist.Item item : ReadinessChecklist.SHIPPED) {
            if (!item.code().equals(skipped)) {
                entered.put(item.code(), new Confirmation(item.code(), on, "J. de Vries, begeleider"));
            }
        }
        return entered;
    }

    LocalDate readyOn(UUID candidate) {
        return jdbc.sql("select ready_on from candidate where id = ?").param(candidate).query(LocalDate.class).optional().orElse(null);
    }

    @Test
    void registering_from_a_complete_checklist_links_the_candidacy_and_passes_the_readiness_date_on() {
        CurrentUser worker = login("begeleider");
        String number = "R-" + UUID.randomUUID().toString().substring(0, 8);
        UUID client = client(number, TargetHousing.TENANCY_WITH_CARE);
        LocalDate ready = clients.today().minusDays(5);
        readiness.save(worker, client, 0, allBut(ReadinessChecklist.PRIORITY_SCHEME, ready));
        assertThat(readiness.checklist(worker, client).summary().complete()).isFalse();
        // a second save with the version read before is refused, not merged
        assertThatThrownBy(() -> readiness.save(worker, client, 0, Map.of())).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.kind()).isEqualTo(Refused.Kind.CONFLICT));

        UUID candidate = registerCandidate(worker, number, CandidateView.TargetHousing.TENANCY_WITH_CARE);

        Readiness.Checklist checklist = readiness.checklist(worker, client);
        assertThat(checklist.client().candidateId()).isEqualTo(candidate);
        assertThat(checklist.confirmations()).containsKey(ReadinessChecklist.PRIORITY_SCHEME);
        assertThat(checklist.summary().complete()).isTrue();
        assertThat(checklist.summary().readyOn()).isEqualTo(ready);
        assertThat(readyOn(candidate)).isEqualTo(ready);
        assertThat(checklist.candidacy()).hasValueSatisfying(c -> assertThat(c.readyOn()).isEqualTo(ready));
        assertThat(jdbc.sql("select count(*) from processing_log where action = 'trajectory.client.candidacy' and subject_ref = ?")
                .param(processingLog.pseudonym("client", client.toString())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void an_incomplete_checklist_passes_nothing_on_until_it_is_complete() {
        CurrentUser worker = login("begeleider");
        String number = "S-" + UUID.randomUUID().toString().substring(0, 8);
        UUID client = client(number, TargetHousing.TENANCY_WITH_CARE);
        UUID candidate = registerCandidate(worker, number, CandidateView.TargetHousing.TENANCY_WITH_CARE);
        assertThat(readyOn(candidate)).isNull();
        readiness.save(worker, client, readiness.checklist(worker, client).version(), allBut("FIRST_RENT", clients.today()));
        assertThat(readyOn(candidate)).isNull();
        Map<String, Confirmation> rent = Map.of("FIRST_RENT", new Confirmation("FIRST_RENT", clients.today(), "Woonconsulent Trivire"));
        readiness.save(worker, client, readiness.checklist(worker, client).version(), rent);
        assertThat(readyOn(candidate)).isEqualTo(clients.today());
    }

    @Test
    void housing_first_is_never_held_up_by_the_checklist() {
        CurrentUser worker = login("begeleider");
        String number = "H-" + UUID.randomUUID().toString().substring(0, 8);
        UUID client = client(number, TargetHousing.HOUSING_FIRST);
        UUID candidate = registerCandidate(worker, number, CandidateView.TargetHousing.HOUSING_FIRST);
        assertThat(readiness.checklist(worker, client).summary().complete()).isFalse();
        assertThat(readyOn(candidate)).isEqualTo(clients.today());
    }

    @Test
    void a_region_keeps_its_own_list_and_others_are_refused() {
        CurrentUser coordinator = login("regio");
        String region = "drechtsteden-alblasserwaard";
        readiness.addItem(coordinator, region, "Zorgverzekering geregeld", "Health insurance in place");
        assertThat(readiness.itemsOf(region)).hasSize(ReadinessChecklist.SHIPPED.size() + 1);
        assertThatThrownBy(() -> readiness.addItem(coordinator, region, "Zorgverzekering geregeld", "again"))
                .isInstanceOf(Refused.class);
        readiness.setActive(coordinator, region, "POSTAL_ADDRESS", false);
        assertThat(readiness.itemsOf(region)).filteredOn(i -> i.code().equals("POSTAL_ADDRESS")).singleElement()
                .satisfies(i -> assertThat(i.active()).isFalse());
        readiness.setActive(coordinator, region, "POSTAL_ADDRESS", true);
        assertThatThrownBy(() -> readiness.addItem(login("begeleider"), region, "x", "x"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        // the other tests' clients use the list with its new item: remove it again
        jdbc.sql("delete from readiness_item where region_code = ?").param(region).update();
    }
}
