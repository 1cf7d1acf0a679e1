package nl.thuisbasis.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL before the application context is built, unless
 * {@code spring.datasource.url} points to an external server. The data directory persists
 * (default {@code ./data/pg}) so a restart finds all data again. One server per data directory
 * per JVM: test contexts share it.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String ENABLED = "thuisbasis.embedded-db.enabled";
    static final String DATA_DIRECTORY = "thuisbasis.embedded-db.data-directory";
    static final String CLEAN = "thuisbasis.embedded-db.clean";
    /**
     * The database in the server (default {@code postgres}). A test class that owns its data names a database of its
     * own: it is created on first use, so its rows never meet those of other test classes.
     */
    static final String DATABASE = "thuisbasis.embedded-db.database";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresEnvironment.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        Path dataDirectory = Path.of(environment.getProperty(DATA_DIRECTORY, "./data/pg")).toAbsolutePath().normalize();
        boolean clean = environment.getProperty(CLEAN, Boolean.class, false);
        EmbeddedPostgres postgres = RUNNING.computeIfAbsent(dataDirectory, dir -> start(dir, clean));
        String database = environment.getProperty(DATABASE, "postgres");
        if (!database.matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException(DATABASE + " must be a lower-case name: " + database);
        }
        if (!database.equals("postgres")) {
            createIfMissing(postgres, database);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", postgres.getJdbcUrl("postgres", database),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "thuisbasis.embedded-db.active", "true")));
    }

    private static synchronized void createIfMissing(EmbeddedPostgres postgres, String database) {
        try (java.sql.Connection connection = postgres.getPostgresDatabase().getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            try (java.sql.ResultSet exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + database + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + database);
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create the embedded database " + database, e);
        }
    }

    private static EmbeddedPostgres start(Path dataDirectory, boolean clean) {
        try {
            stopOrphanedServer(dataDirectory);
            if (clean) {
                org.springframework.util.FileSystemUtils.deleteRecursively(dataDirectory);
            }
            Files.createDirectories(dataDirectory);
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", clean ? "off" : "on")
                    // zonky turns synchronous commit off; a kept database must not lose what it already confirmed
                    .setServerConfig("synchronous_commit", clean ? "off" : "on")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            log.info("Embedded PostgreSQL on port {} with data in {} (ready in {} ms)", postgres.getPort(),
                    dataDirectory, (System.nanoTime() - started) / 1_000_000);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /**
     * A server left running by a JVM that was killed keeps its postmaster.pid; stop it so this start
     * can take the data directory over instead of failing.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        try {
            long pid = Long.parseLong(lines.get(0).trim());
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(process -> {
                log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) that holds {}", pid, dataDirectory);
                process.destroy();
                process.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
            });
        } catch (NumberFormatException ignored) {
            // not a pid file we understand: let PostgreSQL decide
        }
    }

    @Override
    public int getOrder() {
        // after the config data (application.properties, env vars) has been read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
