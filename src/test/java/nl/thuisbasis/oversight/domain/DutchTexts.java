package nl.thuisbasis.oversight.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import nl.thuisbasis.platform.Problem;

/** The Dutch text of a policy's problem, as the oversight bundle writes it: for tests of plain policies. */
final class DutchTexts {

    private static final Properties BUNDLE = new Properties();

    static {
        try (InputStream in = DutchTexts.class.getResourceAsStream("/messages/oversight.properties")) {
            BUNDLE.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DutchTexts() {
    }

    static String text(Problem problem) {
        String pattern = BUNDLE.getProperty(problem.key());
        if (pattern == null) {
            throw new IllegalArgumentException("no Dutch text for " + problem.key());
        }
        return problem.args().isEmpty() ? pattern
                : new MessageFormat(pattern, Locale.of("nl")).format(problem.args().toArray());
    }

    static List<String> texts(List<Problem> problems) {
        return problems.stream().map(DutchTexts::text).toList();
    }
}
