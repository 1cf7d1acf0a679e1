package nl.thuisbasis.audit.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Every action the application writes to the processing log belongs to a processing activity of the register: the
 * actions written as text in the code, and those a module composes (each has its {@code log.actionName.} text).
 */
@ApplicationModuleTest(extraIncludes = "platform")
class ActivityMappingTest {

    static final Pattern LOGGED = Pattern.compile("Processing(?:\\.of)?\\(\\s*\"([^\"]+)\",\\s*\"([^\"]+)\"");

    @Autowired
    ActivityRegister register;

    @Test
    void every_logged_action_maps_to_an_activity() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LOGGED.matcher(Files.readString(source));
                while (m.find()) {
                    actions.add(m.group(1));
                }
            }
        }
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path bundle : bundles.toList()) {
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                p.stringPropertyNames().stream().filter(k -> k.startsWith("log.actionName."))
                        .map(k -> k.substring("log.actionName.".length())).forEach(actions::add);
            }
        }
        assertThat(actions).hasSizeGreaterThan(80);
        assertThat(actions).filteredOn(a -> register.of(a).isEmpty()).as("actions without a processing activity").isEmpty();
    }

    @Test
    void the_longest_prefix_wins_and_a_prefix_ends_at_a_dot() {
        assertThat(register.of("trajectory.client.read")).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("trajectory-care"));
        assertThat(register.of("trajectory.client.consent.read")).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("trajectory-consent"));
        assertThat(register.of("outflow.tenancy.outcome")).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("outflow-tenancy-with-care"));
        assertThat(register.of("LOGIN")).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("security-logins"));
        assertThat(register.of("LOGINX")).isEmpty();
        assertThat(register.of("facilityx.read")).isEmpty();
        assertThat(register.of(null)).isEmpty();
    }
}
