package nl.thuisbasis.facility.domain;

import java.util.List;
import java.util.Locale;
import nl.thuisbasis.platform.Problem;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The texts of problems as people read them, from the module's bundles, for tests of plain policies. */
public final class Texts {

    public static final Locale DUTCH = Locale.of("nl");

    private static final ResourceBundleMessageSource BUNDLES = new ResourceBundleMessageSource();

    static {
        BUNDLES.setBasenames("messages/platform", "messages/facility");
        BUNDLES.setDefaultEncoding("UTF-8");
        BUNDLES.setFallbackToSystemLocale(false);
    }

    private Texts() {
    }

    /** The Dutch text of a problem. */
    public static String text(Problem problem) {
        return text(problem, DUTCH);
    }

    public static String text(Problem problem, Locale locale) {
        return resolve(problem.key(), problem.args(), locale);
    }

    private static String resolve(String key, List<Object> args, Locale locale) {
        Object[] resolved = args.isEmpty() ? null : args.stream()
                .map(a -> a instanceof Problem.Label label ? resolve(label.key(), label.args(), locale) : a).toArray();
        return BUNDLES.getMessage(key, resolved, locale);
    }
}
