package nl.thuisbasis.siting.domain;

import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import nl.thuisbasis.platform.DateFormats;
import nl.thuisbasis.platform.Problem;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The Dutch text of problems, from the module's bundle, as the platform writes them (for tests of the plain rules). */
final class DutchTexts {

    private static final Locale DUTCH = Locale.of("nl");
    private static final ResourceBundleMessageSource SOURCE = new ResourceBundleMessageSource();

    static {
        SOURCE.setBasenames("messages/siting", "messages/platform");
        SOURCE.setDefaultEncoding("UTF-8");
        SOURCE.setFallbackToSystemLocale(false);
    }

    private DutchTexts() {
    }

    static List<String> of(List<Problem> problems) {
        return problems.stream().map(DutchTexts::of).toList();
    }

    static String of(Problem problem) {
        return text(problem.key(), problem.args());
    }

    private static String text(String key, List<Object> args) {
        Object[] values = args.isEmpty() ? null : args.stream().map(DutchTexts::value).toArray();
        return SOURCE.getMessage(key, values, DUTCH);
    }

    private static Object value(Object arg) {
        return switch (arg) {
            case Problem.Label label -> text(label.key(), label.args());
            case IndicatorName name -> name.label();
            case TemporalAccessor date -> DateFormats.date(date, DUTCH);
            default -> arg;
        };
    }
}
