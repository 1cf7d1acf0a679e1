package nl.thuisbasis.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every text comes from the bundles in both languages: each module's Dutch and English bundle have the same keys, no
 * key is in two modules, and every key that Java code names literally in a Problem, a label or a message exists.
 */
@DisplayName("Message bundles")
class MessageKeysTest {

    static final Path BUNDLES = Path.of("src/main/resources/messages");
    static final Path SOURCES = Path.of("src/main/java");
    /** A literal key in Problem.at/of/atRow, Problem.label or messages.text: the first string argument that looks like a key. */
    static final Pattern KEY_USE = Pattern.compile(
            "(?:PURPOSE\\s*=\\s*|withDetailsKey\\(|failedBecause\\(|Problem\\.(?:at|atRow)\\((?:[^,;()]*(?:\\(\\))?,\\s*){1,2}|Problem\\.(?:of|label)\\(|\\.text\\((?:[a-z]+,\\s*)?)\"([a-z][A-Za-z0-9-]*(?:\\.[A-Za-z0-9_-]+)+)\"");

    @Test
    void dutch_and_english_have_the_same_keys_in_every_module() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path dutch : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                Path english = dutch.resolveSibling(dutch.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(english).as("English bundle of %s", dutch.getFileName()).exists();
                assertThat(keys(english)).as("keys of %s and its English bundle", dutch.getFileName())
                        .containsExactlyInAnyOrderElementsOf(keys(dutch));
            }
        }
    }

    @Test
    void no_key_is_defined_in_two_modules() throws IOException {
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path dutch : files.filter(p -> !p.getFileName().toString().contains("_")).sorted().toList()) {
                for (String key : keys(dutch)) {
                    if (!seen.add(key)) {
                        twice.add(key + " (again in " + dutch.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void every_key_named_in_the_code_has_a_text() throws IOException {
        Set<String> all = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.toList()) {
                all.addAll(keys(bundle));
            }
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_USE.matcher(Files.readString(source));
                while (m.find()) {
                    String key = m.group(1);
                    // Problem.label("out.housing", value) names a prefix: one of its keys must exist
                    if (!all.contains(key) && all.stream().noneMatch(k -> k.startsWith(key + "."))) {
                        missing.add(key + " in " + source.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Every processing activity a module logs has a name on the log page, and so has every kind of record. */
    @Test
    void every_logged_action_and_kind_of_record_has_a_name() throws IOException {
        Set<String> all = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.toList()) {
                all.addAll(keys(bundle));
            }
        }
        Pattern logged = Pattern.compile("Processing(?:\\.of)?\\(\\s*\"([^\"]+)\",\\s*\"([^\"]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = logged.matcher(Files.readString(source));
                while (m.find()) {
                    if (!all.contains("log.actionName." + m.group(1))) {
                        missing.add("log.actionName." + m.group(1) + " (" + source.getFileName() + ")");
                    }
                    if (!all.contains("log.objectName." + m.group(2))) {
                        missing.add("log.objectName." + m.group(2) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * A message with an argument goes through MessageFormat, which takes a single apostrophe as a quote: it must be
     * written twice; a message without arguments is shown as written, so a doubled apostrophe would show twice.
     */
    @Test
    void apostrophes_are_written_as_each_message_is_shown() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path dutch : files.filter(p -> !p.getFileName().toString().contains("_")).sorted().toList()) {
                Path english = dutch.resolveSibling(dutch.getFileName().toString().replace(".properties", "_en.properties"));
                Properties nl = properties(dutch);
                Properties en = properties(english);
                for (String key : nl.stringPropertyNames()) {
                    boolean formatted = ARGUMENT.matcher(nl.getProperty(key)).find()
                            || ARGUMENT.matcher(en.getProperty(key, "")).find();
                    for (Properties bundle : List.of(nl, en)) {
                        String text = bundle.getProperty(key, "");
                        if (formatted && SINGLE_APOSTROPHE.matcher(text).find()) {
                            wrong.add(key + " (an argument, so write '' for an apostrophe): " + text);
                        } else if (!formatted && text.contains("''")) {
                            wrong.add(key + " (no argument, so one apostrophe): " + text);
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    static final Pattern SINGLE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Properties properties(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> keys(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
