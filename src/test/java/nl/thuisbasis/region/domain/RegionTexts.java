package nl.thuisbasis.region.domain;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import nl.thuisbasis.platform.Problem;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The texts of the region bundle without a Spring context, resolved as the application's Messages does. */
final class RegionTexts {

    private static final ResourceBundleMessageSource SOURCE = new ResourceBundleMessageSource();

    static {
        SOURCE.setBasenames("messages/platform", "messages/region");
        SOURCE.setDefaultEncoding("UTF-8");
        SOURCE.setFallbackToSystemLocale(false);
    }

    private RegionTexts() {
    }

    static String dutch(Problem problem) {
        return text(problem.key(), problem.args(), Locale.of("nl"));
    }

    static String english(Problem problem) {
        return text(problem.key(), problem.args(), Locale.ENGLISH);
    }

    /** Throws when the key has no text, so that a missing text fails the test. */
    private static String text(String key, List<Object> args, Locale locale) {
        Object[] resolved = args.stream().map(arg -> switch (arg) {
            case Problem.Label label -> text(label.key(), label.args(), locale);
            case Year year -> String.valueOf(year.getValue());
            default -> arg;
        }).toArray();
        return SOURCE.getMessage(key, resolved.length == 0 ? null : resolved, locale);
    }
}
