package nl.thuisbasis.audit.search;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark of the processing log's search by data subject ({@link LogSearchRepository#SUBJECT_SQL}, the statement
 * behind the subject search of the log page and the client's overview) at ten million rows. Not a test: run it with
 * {@code bash bench/processing-log.sh} (docs/performance.md).
 *
 * <p>Starts the embedded PostgreSQL the application uses (zonky, same server settings as a kept database: fsync and
 * synchronous commit on) in its own data directory, migrates it with the application's Flyway migrations, generates
 * {@code ROWS} log rows with generate_series when the table has fewer (two years, {@code SUBJECTS} clients and
 * candidates, a few heavy ones, 40 actions, 2,000 actors, 5% of the subject rows in the pre-V32 shape with the id
 * instead of a pseudonym), then calls the real repository method for {@code QUERIES} random subjects after
 * {@code WARMUP} calls and prints p50/p95/p99/max in milliseconds and the query plan.
 */
public final class ProcessingLogSubjectBenchmark {

    private ProcessingLogSubjectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = Long.parseLong(setting("ROWS", "10000000"));
        int subjects = Integer.parseInt(setting("SUBJECTS", "200000"));
        int queries = Integer.parseInt(setting("QUERIES", "5000"));
        int warmup = Integer.parseInt(setting("WARMUP", "500"));
        int limit = Integer.parseInt(setting("LIMIT", "100"));
        Path dir = Path.of(setting("DATA_DIR", "target/bench/processing-log-pg")).toAbsolutePath();
        boolean fresh = "1".equals(setting("FRESH", "0"));
        if (fresh) {
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        }
        Files.createDirectories(dir);

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60)).setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setLocaleConfig("locale", "C.UTF-8").start()) {
            // a pool as the application has (Hikari, 10 connections): without one every call would open a connection
            HikariDataSource data = new HikariDataSource();
            data.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            data.setUsername("postgres");
            data.setMaximumPoolSize(10);
            Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
            JdbcClient jdbc = JdbcClient.create(data);
            long present = jdbc.sql("select count(*) from processing_log").query(Long.class).single();
            if (present < rows) {
                generate(jdbc, rows - present, subjects);
            }
            report(jdbc, "rows", jdbc.sql("select count(*) from processing_log").query(Long.class).single());
            report(jdbc, "table size", jdbc.sql("select pg_size_pretty(pg_total_relation_size('processing_log'))")
                    .query(String.class).single());
            LogSearchRepository repository = new LogSearchRepository(jdbc);
            Random random = new Random(42);
            for (int i = 0; i < warmup; i++) {
                repository.ofSubject(subject(random.nextInt(clients(subjects))), limit);
            }
            long[] nanos = new long[queries];
            long found = 0;
            for (int i = 0; i < queries; i++) {
                LogSearchRepository.Subject subject = subject(random.nextInt(clients(subjects)));
                long start = System.nanoTime();
                found += repository.ofSubject(subject, limit).size();
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("subject search, limit %d, %d queries after %d warm-up, %.1f entries per subject on average%n",
                    limit, queries, warmup, (double) found / queries);
            System.out.printf("p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms%n", ms(nanos, 0.50), ms(nanos, 0.95),
                    ms(nanos, 0.99), nanos[queries - 1] / 1e6);
            // the heaviest subject: client 0
            long start = System.nanoTime();
            int heavy = repository.ofSubject(subject(0), limit).size();
            System.out.printf("heaviest subject (%d of %d entries shown): %.2f ms%n", heavy, jdbc.sql(
                    "select count(*) from processing_log where subject_ref = ?").param(ref(0)).query(Long.class).single(),
                    (System.nanoTime() - start) / 1e6);
            System.out.println("plan:");
            jdbc.sql("explain (analyze, buffers) " + LogSearchRepository.SUBJECT_SQL).params(ref(12345), "client",
                    id(12345), limit).query(String.class).list().forEach(line -> System.out.println("  " + line));
            data.close();
            boolean met = ms(nanos, 0.95) <= 200;
            System.out.println(met ? "target met: p95 <= 200 ms" : "TARGET MISSED: p95 > 200 ms");
            if (!met) {
                System.exit(1);
            }
        }
    }

    /**
     * Generates rows set-based, a million per statement, with the secondary indexes dropped and made again afterwards
     * with their own definitions (much faster than maintaining six indexes row by row).
     */
    private static void generate(JdbcClient jdbc, long rows, int subjects) {
        long started = System.nanoTime();
        List<String> indexes = jdbc.sql("""
                select indexdef from pg_indexes where tablename = 'processing_log' and indexname <> 'processing_log_pkey'
                """).query(String.class).list();
        for (String index : indexes) {
            jdbc.sql("drop index " + index.replaceAll("(?s)^CREATE (UNIQUE )?INDEX (\\S+) ON .*$", "$2")).update();
        }
        for (long done = 0; done < rows; done += 1_000_000) {
            long batch = Math.min(1_000_000, rows - done);
            jdbc.sql(GENERATE).param("clients", clients(subjects)).param("candidates", subjects - clients(subjects))
                    .param("rows", batch).update();
            System.out.printf("generated %,d rows (%.0f s)%n", done + batch, (System.nanoTime() - started) / 1e9);
        }
        jdbc.sql("set maintenance_work_mem = '512MB'").update();
        for (String index : indexes) {
            jdbc.sql(index).update();
        }
        jdbc.sql("vacuum analyze processing_log").update();
        System.out.printf("indexes made again, vacuumed and analysed (%.0f s in all)%n", (System.nanoTime() - started) / 1e9);
    }

    /**
     * One batch of rows. Subjects: three in four clients, the others candidates; a row's subject is uniform over them
     * in 80% of the rows and skewed to the first tenth, most to the very first, in 20% (heavy files: a client shown in
     * many caseload lists). About 70% of the rows are about a subject, the others about facilities, logins and the
     * like. Subject ids as the modules write them (UUIDs), pseudonyms as 64 hex digits.
     */
    private static final String GENERATE = """
            insert into processing_log (occurred_at, trace_id, operation_id, started_at, ended_at, actor,
                actor_organisation, action, object_type, object_id, subject_ref, activity_code, activity_version,
                purpose, legal_basis, outcome, details)
            select at, md5(g::text || random()::text), substr(md5(random()::text), 1, 16), at - interval '40 ms', at,
                   'user' || (random() * 2000)::int, 'ORG' || (random() * 50)::int,
                   a.action, a.kind,
                   case when a.kind in ('client', 'candidate') then
                        case when legacy then md5(a.kind || ':' || subject)::uuid::text end
                        else (random() * 100000)::int::text end,
                   case when a.kind in ('client', 'candidate') and not legacy then
                        encode(sha256(convert_to(a.kind || ':' || md5(a.kind || ':' || subject)::uuid::text, 'UTF8')), 'hex') end,
                   a.activity, 1, 'purpose.bench', 'AVG art. 6 lid 1 sub e', 
                   case when random() < 0.97 then 'SUCCESS' when random() < 0.5 then 'DENIED' else 'FAILURE' end,
                   case when random() < 0.1 then '{"key":"bench.details","args":[1]}' end
            from (select g, now() - random() * interval '730 days' as at,
                         case when random() < 0.8 then random() else power(random(), 2) * 0.1 end as u,
                         random() < 0.05 as legacy, (random() * 39)::int as pick
                  from generate_series(1, :rows) g) r
            join (values
                (0, 'trajectory.client.read', 'client', 'trajectory-care'), (1, 'trajectory.client.read', 'client', 'trajectory-care'),
                (2, 'trajectory.client.read', 'client', 'trajectory-care'), (3, 'trajectory.client.list', 'client', 'trajectory-care'),
                (4, 'trajectory.client.list', 'client', 'trajectory-care'), (5, 'trajectory.client.caseload', 'client', 'trajectory-care'),
                (6, 'trajectory.client.caseload', 'client', 'trajectory-care'), (7, 'trajectory.assessment.read', 'client', 'trajectory-care'),
                (8, 'trajectory.assessment.record', 'client', 'trajectory-care'), (9, 'trajectory.plan.read', 'client', 'trajectory-care'),
                (10, 'trajectory.plan.goal', 'client', 'trajectory-care'), (11, 'trajectory.crisis.read', 'client', 'trajectory-care'),
                (12, 'trajectory.readiness.read', 'client', 'trajectory-care'), (13, 'trajectory.consent.read', 'client', 'trajectory-consent'),
                (14, 'trajectory.consent.record', 'client', 'trajectory-consent'), (15, 'trajectory.client.phase', 'client', 'trajectory-care'),
                (16, 'trajectory.client.register', 'client', 'trajectory-care'), (17, 'trajectory.crisis.save', 'client', 'trajectory-care'),
                (18, 'outflow.candidate.read', 'candidate', 'outflow-priority'), (19, 'outflow.candidate.read', 'candidate', 'outflow-priority'),
                (20, 'outflow.candidate.read', 'candidate', 'outflow-priority'), (21, 'outflow.candidate.update', 'candidate', 'outflow-priority'),
                (22, 'outflow.offer.make', 'candidate', 'outflow-priority'), (23, 'outflow.proposal.adopt', 'candidate', 'outflow-priority'),
                (24, 'outflow.tenancy.evaluation', 'candidate', 'outflow-tenancy-with-care'), (25, 'outflow.candidate.urgency', 'candidate', 'outflow-priority'),
                (26, 'outflow.candidate.register', 'candidate', 'outflow-priority'), (27, 'trajectory.client.read', 'client', 'trajectory-care'),
                (28, 'LOGIN', 'user', 'security-logins'), (29, 'LOGIN', 'user', 'security-logins'),
                (30, 'LOGIN', 'user', 'security-logins'), (31, 'facility.update', 'facility', 'facility-register'),
                (32, 'facility.export', 'facility', 'facility-register'), (33, 'reports.read', 'report', 'neighbour-reports'),
                (34, 'reports.handle', 'report', 'neighbour-reports'), (35, 'oversight.action.add', 'facility', 'oversight'),
                (36, 'siting.scan.save', 'scan', 'siting'), (37, 'outflow.vacancy.update', 'vacancy', 'outflow-priority'),
                (38, 'READ', 'processing-log', 'log-supervision'), (39, 'identity.api-token.issue', 'user', 'security-api-tokens')
            ) as a(pick, action, kind, activity) on a.pick = r.pick,
            lateral (select floor(u * case when a.kind = 'candidate' then :candidates else :clients end)::int as subject) x
            """;

    /** Client n as the generated rows have it. */
    private static LogSearchRepository.Subject subject(int n) {
        return new LogSearchRepository.Subject("client", id(n), ref(n));
    }

    /** The id the generator gives subject n: md5("client:" + n) as a UUID. */
    private static String id(int n) {
        String hex = HexFormat.of().formatHex(digest("MD5", "client:" + n));
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20)
                + "-" + hex.substring(20);
    }

    /** The pseudonym the generator gives subject n (a SHA-256 stands in for the product's HMAC: same length, spread). */
    private static String ref(int n) {
        return HexFormat.of().formatHex(digest("SHA-256", "client:" + id(n)));
    }

    private static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void report(JdbcClient jdbc, String what, Object value) {
        System.out.println(what + ": " + value);
    }

    private static String setting(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static int clients(int subjects) {
        return subjects * 3 / 4;
    }
}
