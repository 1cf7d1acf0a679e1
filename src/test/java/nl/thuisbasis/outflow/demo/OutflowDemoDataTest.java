package nl.thuisbasis.outflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.thuisbasis.identity.CurrentUser;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.contingent.Contingents;
import nl.thuisbasis.outflow.monitor.OutflowMonitor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The demo outflow, loaded inside a transaction that is rolled back: tests run without it. */
@SpringBootTest
@Transactional
@DisplayName("The demo outflow")
class OutflowDemoDataTest {

    @Autowired
    OutflowDemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutflowMonitor monitor;

    @Autowired
    Contingents contingents;

    @Autowired
    UserDetailsService accounts;

    @Test
    void has_a_contingent_of_fifty_candidates_in_every_stage_and_a_monitor_whose_numbers_add_up() {
        LocalDate today = LocalDate.now(OutflowClock.ZONE);
        long before = jdbc.sql("select count(*) from candidate").query(Long.class).single();
        assertThat(demo.load(today)).isEqualTo(40);
        assertThat(jdbc.sql("select count(*) from candidate").query(Long.class).single()).isEqualTo(before + 40);
        assertThat(jdbc.sql("select count(*) from candidate where reference like 'DEMO-%' and status = 'HOUSED'").query(Long.class).single())
                .isEqualTo(13);
        assertThat(jdbc.sql("select count(distinct status) from candidate where reference like 'DEMO-%'").query(Long.class).single())
                .isEqualTo(5);
        Contingents.Decided decided = contingents.decided("drechtsteden-alblasserwaard", today.getYear()).orElseThrow();
        assertThat(decided.total()).isEqualTo(50);
        assertThat(decided.shares().stream().mapToInt(Contingents.Share::contingent).sum()).isEqualTo(50);
        assertThat(contingents.corporationShares("drechtsteden-alblasserwaard", today.getYear())
                .stream().mapToInt(Contingents.CorporationShare::contingent).sum()).isEqualTo(50);
        // every housed candidate has an accepted offer, a let dwelling and an agreement with its evaluations
        assertThat(jdbc.sql("""
                select count(*) from candidate c where c.reference like 'DEMO-%' and c.status = 'HOUSED' and not exists (
                  select 1 from tenancy t join offer o on o.id = t.offer_id join vacancy v on v.id = t.vacancy_id
                  where t.candidate_id = c.id and o.status = 'ACCEPTED' and v.status = 'LET'
                    and (select count(*) from tenancy_evaluation e where e.tenancy_id = t.id) >= 3)""").query(Long.class).single())
                .isZero();
        CurrentUser regio = (CurrentUser) accounts.loadUserByUsername("regio");
        OutflowMonitor.Report report = monitor.report(regio, "drechtsteden-alblasserwaard", today.getYear());
        assertThat(report.contingentTotal()).isEqualTo(50);
        assertThat(report.perMunicipality().stream().mapToInt(OutflowMonitor.Realisation::total).sum()).isEqualTo(report.housed());
        assertThat(report.months().stream().mapToInt(OutflowMonitor.MonthRow::outflow).sum()).isEqualTo(report.housed());
        assertThat(report.caps()).isNotEmpty().allSatisfy(c -> assertThat(c.unknown()).isFalse());
    }
}
