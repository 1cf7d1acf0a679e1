package nl.thuisbasis.trajectory.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.thuisbasis.trajectory.TrajectoryProperties;
import nl.thuisbasis.trajectory.domain.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo trajectories on the first start: twelve generated clients (no real people; client numbers DEMO-T..) of the demo
 * care worker at the Leger des Heils, in every phase, with monthly assessments on the shipped instrument, support plans
 * with an action or evaluation overdue here and there, and readiness checklists part-way. Written as demo data, not
 * through the use cases, so it is not in the processing log as someone's work.
 */
@Component
@Order(60)
public class TrajectoryDemoData implements ApplicationRunner {

    static final String ACTOR = "systeem (demodata)";
    static final String PROVIDER = "leger-des-heils";
    static final String WORKER = "begeleider";
    private static final Logger log = LoggerFactory.getLogger(TrajectoryDemoData.class);
    private static final String[] NAMES = {"Ada Proefpersoon", "Bram Voorbeeld", "Cas Oefening", "Dewi Demonstratie",
        "Eef Schets", "Femke Proef", "Gijs Voorbeeld", "Hana Oefening", "Ilse Schets", "Joep Proefpersoon",
        "Kiki Demonstratie", "Lars Voorbeeld"};
    private static final Phase[] PHASES = {Phase.INTAKE, Phase.IN_FACILITY, Phase.IN_FACILITY, Phase.IN_FACILITY,
        Phase.PREPARING_OUTFLOW, Phase.PREPARING_OUTFLOW, Phase.PREPARING_OUTFLOW, Phase.IN_FACILITY,
        Phase.HOUSED_WITH_AFTERCARE, Phase.HOUSED_WITH_AFTERCARE, Phase.IN_FACILITY, Phase.CLOSED};
    private static final String[] HOUSING = {"TENANCY_WITH_CARE", "HOUSING_FIRST", "INDEPENDENT", "TENANCY_WITH_CARE"};
    private static final String[] GOAL_DOMAINS = {"FINANCES", "HOUSING", "DAYTIME", "SOCIAL_NETWORK"};

    private final JdbcClient jdbc;
    private final TrajectoryProperties properties;

    TrajectoryDemoData(JdbcClient jdbc, TrajectoryProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (properties.loadDemoData() && jdbc.sql("select count(*) from trajectory_client").query(Long.class).single() == 0) {
            log.info("Demo trajectories loaded: {} generated clients", load(LocalDate.now(ZoneId.of("Europe/Amsterdam"))));
        }
    }

    /** Loads the demo trajectories as of {@code today}; returns how many clients it made. */
    public int load(LocalDate today) {
        UUID instrument = jdbc.sql("select id from life_domain_instrument where region_code is null order by version desc limit 1")
                .query(UUID.class).optional().orElse(null);
        if (instrument == null) {
            return 0;
        }
        List<String> domains = jdbc.sql("select code from life_domain where instrument_id = ? order by position").param(instrument)
                .query(String.class).list();
        List<UUID> facilities = jdbc.sql("select id from facility where provider_code = ? and status = 'IN_USE' order by name limit 3")
                .param(PROVIDER).query(UUID.class).list();
        Random random = new Random(16);
        for (int i = 0; i < NAMES.length; i++) {
            UUID client = UUID.randomUUID();
            Phase phase = PHASES[i];
            LocalDate start = today.minusDays(60 + random.nextInt(400));
            boolean inFacility = phase != Phase.HOUSED_WITH_AFTERCARE && phase != Phase.CLOSED && !facilities.isEmpty();
            jdbc.sql("""
                    insert into trajectory_client (id, provider_code, client_number, name, birth_date, target_housing,
                        preferred_municipality, origin_municipality, facility_id, key_worker, phase, phase_since, created_by,
                        created_at) values (?, ?, ?, ?, ?, ?, 'GM0505', 'GM0505', ?, ?, ?, ?, ?, ?)
                    """).params(client, PROVIDER, "DEMO-T" + (101 + i), NAMES[i], Date.valueOf(LocalDate.of(1965 + 3 * i, 1 + i, 10 + i)),
                    HOUSING[i % HOUSING.length], inFacility ? facilities.get(i % facilities.size()) : null, WORKER, phase.name(),
                    Date.valueOf(start.plusDays(30)), ACTOR, java.sql.Timestamp.valueOf(start.atStartOfDay())).update();
            phase(client, Phase.INTAKE, start);
            if (phase != Phase.INTAKE) {
                phase(client, Phase.IN_FACILITY, start.plusDays(14));
                if (phase != Phase.IN_FACILITY) {
                    phase(client, phase, start.plusDays(30));
                }
            }
            int assessments = 1 + random.nextInt(4);
            int[] scores = new int[domains.size()];
            for (int d = 0; d < scores.length; d++) {
                scores[d] = 1 + random.nextInt(3);
            }
            for (int a = 0; a < assessments; a++) {
                LocalDate on = today.minusMonths(assessments - a).plusDays(random.nextInt(5));
                UUID assessment = UUID.randomUUID();
                jdbc.sql("""
                        insert into life_domain_assessment (id, client_id, instrument_id, assessed_on, period_from, assessor)
                        values (?, ?, ?, ?, ?, ?)""").params(assessment, client, instrument, Date.valueOf(on),
                        Date.valueOf(on.minusDays(29)), WORKER).update();
                for (int d = 0; d < scores.length; d++) {
                    if (a > 0 && random.nextInt(3) == 0) {
                        scores[d] = Math.min(5, scores[d] + 1);
                    }
                    jdbc.sql("insert into life_domain_score (assessment_id, domain_code, score, target) values (?, ?, ?, ?)")
                            .params(assessment, domains.get(d), scores[d], Math.min(5, scores[d] + 1)).update();
                }
            }
            if (phase != Phase.INTAKE && phase != Phase.CLOSED) {
                plan(client, instrument, today, random, i);
            }
            readiness(client, today, phase, random);
            consents(client, phase, today, i);
        }
        return NAMES.length;
    }

    /**
     * Consents to share, so that the partners' side shows something: housed clients give Trivire their contact details
     * and support plan for aftercare (one of them ending within 30 days, warned on the caseload); clients preparing to
     * move give municipalities their housing perspective and scores for finding a home. Verbal, with a witness.
     */
    private void consents(UUID client, Phase phase, LocalDate today, int i) {
        String sql = """
                insert into client_consent (id, client_id, categories, recipient_organisation, recipient_type, purpose, valid_from,
                    valid_until, evidence, witness, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, 'VERBAL_WITH_WITNESS', ?, ?)""";
        if (phase == Phase.HOUSED_WITH_AFTERCARE) {
            jdbc.sql(sql).params(UUID.randomUUID(), client, "CONTACT,SUPPORT_PLAN", "trivire", null, "AFTERCARE",
                    Date.valueOf(today.minusMonths(5)), Date.valueOf(i % 2 == 0 ? today.plusDays(20) : today.plusMonths(7)),
                    "Demo collega (generated)", ACTOR).update();
        } else if (phase == Phase.PREPARING_OUTFLOW) {
            jdbc.sql(sql).params(UUID.randomUUID(), client, "HOUSING_PERSPECTIVE,LIFE_DOMAIN_SCORES", null, "MUNICIPALITY",
                    "OUTFLOW_MEDIATION", Date.valueOf(today.minusMonths(1)), Date.valueOf(today.plusYears(1)),
                    "Demo collega (generated)", ACTOR).update();
        }
    }

    private void phase(UUID client, Phase phase, LocalDate since) {
        jdbc.sql("insert into trajectory_phase (id, client_id, phase, since, changed_by) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), client, phase.name(), Date.valueOf(since), ACTOR).update();
    }

    private void plan(UUID client, UUID instrument, LocalDate today, Random random, int i) {
        UUID goal = UUID.randomUUID();
        jdbc.sql("""
                insert into support_goal (id, client_id, domain_code, instrument_id, start_level, target_level, description,
                    status, created_by) values (?, ?, ?, ?, 2, 4, ?, 'OPEN', ?)""")
                .params(goal, client, GOAL_DOMAINS[i % GOAL_DOMAINS.length], instrument,
                        "Stap voor stap zelfstandiger (demodoel)", ACTOR).update();
        // every third client has an action past its date
        LocalDate due = i % 3 == 0 ? today.minusDays(3 + random.nextInt(10)) : today.plusDays(7 + random.nextInt(30));
        jdbc.sql("""
                insert into support_action (id, goal_id, client_id, description, owner_person, due_on, status, created_by)
                values (?, ?, ?, ?, ?, ?, 'PLANNED', ?)""")
                .params(UUID.randomUUID(), goal, client, "Afspraak maken met de budgetcoach (demo)", WORKER, Date.valueOf(due), ACTOR)
                .update();
        jdbc.sql("""
                insert into support_action (id, goal_id, client_id, description, owner_partner, due_on, status, created_by)
                values (?, ?, ?, ?, ?, ?, 'IN_PROGRESS', ?)""")
                .params(UUID.randomUUID(), goal, client, "Dagbesteding regelen (demo)", "Stichting Dagwerk (demo)",
                        Date.valueOf(today.plusDays(21)), ACTOR).update();
        LocalDate evaluation = i % 4 == 1 ? today.minusDays(2) : today.plusDays(10 + random.nextInt(60));
        jdbc.sql("""
                insert into support_evaluation (id, client_id, planned_on, with_client, with_provider, with_wmo, with_corporation,
                    created_by) values (?, ?, ?, true, true, ?, false, ?)""")
                .params(UUID.randomUUID(), client, Date.valueOf(evaluation), i % 2 == 0, ACTOR).update();
    }

    private void readiness(UUID client, LocalDate today, Phase phase, Random random) {
        if (phase != Phase.PREPARING_OUTFLOW && phase != Phase.HOUSED_WITH_AFTERCARE) {
            return;
        }
        String[] items = {"SELF_CARE", "TENANCY_SKILLS", "BENEFIT_APPLIED", "POSTAL_ADDRESS"};
        for (String item : items) {
            jdbc.sql("""
                    insert into client_readiness (client_id, item_code, confirmed_on, confirmed_by, recorded_by)
                    values (?, ?, ?, ?, ?)""").params(client, item, Date.valueOf(today.minusDays(5 + random.nextInt(40))),
                    "Demo Begeleider (Leger des Heils)", ACTOR).update();
        }
    }
}
