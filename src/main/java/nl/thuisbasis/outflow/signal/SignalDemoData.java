package nl.thuisbasis.outflow.signal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.thuisbasis.identity.Role;
import nl.thuisbasis.outflow.OutflowProperties;
import nl.thuisbasis.outflow.common.OutflowClock;
import nl.thuisbasis.outflow.domain.EarlySignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo early signals on the generated outflow (after the outflow and trajectory demo data): a rent-arrears signal closed
 * as "eviction prevented" after a home visit and a payment arrangement, a second one months later (a repeat, open), a
 * nuisance signal past its deadline, care avoidance with a first contact. Two demo trajectory clients of the demo
 * provider who live on their own are linked to the housed candidacies the signals are about, so the key worker's
 * caseload shows them (demo only: in real use the candidacy is linked when it is registered from the trajectory).
 */
@Component
@Order(70)
class SignalDemoData implements ApplicationRunner {

    static final String ACTOR = "systeem (demodata)";
    private static final Logger log = LoggerFactory.getLogger(SignalDemoData.class);

    private final JdbcClient jdbc;
    private final SignalRepository repository;
    private final OutflowProperties properties;

    SignalDemoData(JdbcClient jdbc, SignalRepository repository, OutflowProperties properties) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (properties.loadDemoData() && jdbc.sql("select count(*) from early_signal").query(Long.class).single() == 0
                && jdbc.sql("select count(*) from candidate where reference like 'DEMO-%'").query(Long.class).single() > 0) {
            log.info("Demo early signals loaded: {}", load(LocalDate.now(OutflowClock.ZONE)));
        }
    }

    /** Loads the demo signals as of {@code today}; returns how many it made. */
    int load(LocalDate today) {
        // running agreements of the demo provider, the demo corporation's and in the demo municipality first, those whose
        // agreed end falls this year first (the monitor of this year counts their signals)
        List<UUID> tenancies = jdbc.sql("""
                select t.id from tenancy t join candidate c on c.id = t.candidate_id
                where c.reference like 'DEMO-%' and (t.outcome is null or t.outcome <> 'ENDED') and t.provider_code = 'leger-des-heils'
                    and t.starts_on <= ?
                order by (t.starts_on <= ?) desc, (t.corporation_code = 'trivire') desc, (t.municipality_code = 'GM0505') desc,
                    (extract(year from t.agreed_ends_on) = ?) desc, t.starts_on, t.id limit 2""")
                .params(today, today.minusDays(120), today.getYear()).query(UUID.class).list();
        if (tenancies.isEmpty()) {
            return 0;
        }
        int made = 0;
        SignalRepository.Household first = repository.household(tenancies.get(0)).orElseThrow();
        UUID prevented = signal(first, EarlySignals.Type.RENT_ARREARS, 2, 125000, today.minusDays(120), "Melding verhuurder (demo)");
        step(prevented, EarlySignals.StepKind.CONTACT_MADE, today.minusDays(118), "Gebeld met huurder en begeleider");
        step(prevented, EarlySignals.StepKind.HOME_VISIT, today.minusDays(115), "Samen met de begeleider");
        step(prevented, EarlySignals.StepKind.PAYMENT_ARRANGEMENT, today.minusDays(110), "Tien termijnen");
        close(prevented, EarlySignals.Outcome.EVICTION_PREVENTED, today.minusDays(90), "Regeling wordt nagekomen");
        signal(first, EarlySignals.Type.RENT_ARREARS, 1, 64000, today.minusDays(2), "Opnieuw een maand achterstand (demo)");
        made += 2;
        if (tenancies.size() > 1) {
            SignalRepository.Household second = repository.household(tenancies.get(1)).orElseThrow();
            signal(second, EarlySignals.Type.NUISANCE, null, null, today.minusDays(20), "Geluidsoverlast gemeld door buren (demo)");
            UUID avoidance = signal(second, EarlySignals.Type.CARE_AVOIDANCE, null, null, today.minusDays(40), null);
            step(avoidance, EarlySignals.StepKind.CONTACT_MADE, today.minusDays(38), null);
            made += 2;
        }
        // demo only: the trajectory clients of the demo provider living on their own, linked to these candidacies
        for (int i = 0; i < tenancies.size(); i++) {
            UUID candidate = repository.household(tenancies.get(i)).orElseThrow().candidateId();
            jdbc.sql("""
                    update trajectory_client set candidate_id = ? where id = (select id from trajectory_client
                        where provider_code = 'leger-des-heils' and phase = 'HOUSED_WITH_AFTERCARE' and candidate_id is null
                        order by client_number limit 1)""").param(candidate).update();
        }
        return made;
    }

    private UUID signal(SignalRepository.Household h, EarlySignals.Type type, Integer months, Integer cents, LocalDate received,
            String note) {
        LocalDate on = received.isBefore(h.startsOn()) ? h.startsOn() : received;
        int days = properties.signalResponseDays().get(type.name());
        boolean repeat = EarlySignals.repeat(on, repository.receivedDays(h.candidateId()), properties.signalRepeatMonths());
        UUID id = UUID.randomUUID();
        repository.insert(id, h, new EarlySignals.Draft(type, months, cents, on, note), days, EarlySignals.deadline(on, days), repeat,
                properties.signalRepeatMonths(), note, ACTOR, Role.CORPORATION);
        return id;
    }

    private void step(UUID id, EarlySignals.StepKind kind, LocalDate on, String note) {
        int version = repository.find(id).orElseThrow().version();
        LocalDate received = repository.find(id).orElseThrow().receivedOn();
        repository.addStep(id, version, kind, on.isBefore(received) ? received : on, note, ACTOR);
    }

    private void close(UUID id, EarlySignals.Outcome outcome, LocalDate on, String note) {
        SignalRepository.Row s = repository.find(id).orElseThrow();
        repository.close(id, s.version(), outcome, on.isBefore(s.receivedOn()) ? s.receivedOn() : on, note, ACTOR);
    }
}
