package nl.thuisbasis.trajectory.consent;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.thuisbasis.identity.OrganisationType;
import nl.thuisbasis.trajectory.domain.ConsentRules;
import nl.thuisbasis.trajectory.domain.ConsentRules.DataCategory;
import nl.thuisbasis.trajectory.domain.ConsentRules.Purpose;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the consent check adds to a partner's read (issue 17: at most 1 ms p99), sampled per call:
 * {@code bash bench/jmh.sh ConsentCheckBenchmark}. {@code check}: the rule alone ({@link ConsentRules#grants}) over a
 * client's consents. {@code loadAndCheck}: what {@code Sharing.view} adds to a read, the client's consents loaded with
 * the repository's own statement (one indexed query, through a pool as the application has) and the rule. The database
 * is the embedded PostgreSQL the application uses, migrated with its migrations, with {@value #CLIENTS} clients of
 * which half have consents (1 to 8 each, every recipient kind, purpose and state), made once in
 * {@code target/bench/consent-pg}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ConsentCheckBenchmark {

    static final int CLIENTS = 50_000;

    EmbeddedPostgres postgres;
    HikariDataSource data;
    ConsentRepository repository;
    List<UUID> clients;
    List<List<ConsentRules.Consent>> loaded;
    Random random = new Random(7);
    LocalDate today = LocalDate.now();
    Instant now = Instant.now();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path dir = Path.of("target/bench/consent-pg").toAbsolutePath();
        Files.createDirectories(dir);
        postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60)).setLocaleConfig("locale", "C.UTF-8").start();
        data = new HikariDataSource();
        data.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        data.setUsername("postgres");
        data.setMaximumPoolSize(10);
        Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(data);
        if (jdbc.sql("select count(*) from trajectory_client").query(Long.class).single() < CLIENTS) {
            jdbc.sql("""
                    insert into trajectory_client (id, provider_code, client_number, name, birth_date, key_worker, phase,
                        phase_since, created_by)
                    select md5('c' || g)::uuid, 'p' || (g % 20), 'n' || g, 'Bench ' || g, date '1980-01-01' + (g % 9000),
                        'w' || (g % 300), 'IN_FACILITY', current_date - (g % 700), 'bench'
                    from generate_series(1, :n) g""").param("n", CLIENTS).update();
            jdbc.sql("""
                    insert into client_consent (id, client_id, categories, recipient_organisation, recipient_type, purpose,
                        valid_from, valid_until, evidence, witness, recorded_by, revoked_at)
                    select gen_random_uuid(), md5('c' || g)::uuid,
                        (array['SUPPORT_PLAN', 'CONTACT,CRISIS_PLAN', 'HOUSING_PERSPECTIVE,LIFE_DOMAIN_SCORES,SUPPORT_PLAN',
                               'SIGNALS'])[1 + (g + k) % 4],
                        case when k % 3 <> 0 then (array['trivire', 'alwel', 'GM0505', 'leger-des-heils'])[1 + (g + k) % 4] end,
                        case when k % 3 = 0 then (array['HOUSING_CORPORATION', 'MUNICIPALITY', 'CARE_PROVIDER'])[1 + g % 3] end,
                        (array['OUTFLOW_MEDIATION', 'AFTERCARE', 'CRISIS_RESPONSE', 'EVALUATION'])[1 + (g * k) % 4],
                        current_date - (k * 40), current_date - (k * 40) + 365, 'VERBAL_WITH_WITNESS', 'Bench', 'bench',
                        case when (g + k) % 7 = 0 then now() - interval '1 day' end
                    from generate_series(1, :n, 2) g cross join lateral generate_series(1, 1 + g % 8) k""")
                    .param("n", CLIENTS).update();
            jdbc.sql("vacuum analyze client_consent").update();
        }
        repository = new ConsentRepository(jdbc);
        clients = new ArrayList<>();
        loaded = new ArrayList<>();
        for (int i = 1; i <= 2000; i++) {
            UUID client = jdbc.sql("select md5(?)::uuid").param("c" + (1 + random.nextInt(CLIENTS))).query(UUID.class).single();
            clients.add(client);
            loaded.add(repository.forCheck(client));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        data.close();
        postgres.close();
    }

    @Benchmark
    public java.util.Map<DataCategory, LocalDate> check() {
        return ConsentRules.grants(loaded.get(random.nextInt(loaded.size())), "trivire", OrganisationType.HOUSING_CORPORATION,
                Purpose.AFTERCARE, today, now);
    }

    @Benchmark
    public java.util.Map<DataCategory, LocalDate> loadAndCheck() {
        return ConsentRules.grants(repository.forCheck(clients.get(random.nextInt(clients.size()))), "trivire",
                OrganisationType.HOUSING_CORPORATION, Purpose.AFTERCARE, today, now);
    }
}
