package nl.thuisbasis.platform;

import java.time.Year;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns message keys and {@link Problem}s into text in the reader's language (the request's locale; Dutch outside a
 * request). Every text a user reads comes from the message bundles, one pair per module under {@code messages/}.
 */
@Component
public class Messages {

    public static final Locale DUTCH = Locale.of("nl");

    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    /** The reader's language: the request's, or Dutch outside a request (jobs, tests), never the JVM's. */
    public static Locale locale() {
        return LocaleContextHolder.getLocaleContext() == null || LocaleContextHolder.getLocaleContext().getLocale() == null
                ? DUTCH : LocaleContextHolder.getLocale();
    }

    public String text(Problem problem) {
        return text(problem, locale());
    }

    public String text(Problem problem, Locale locale) {
        return resolve(problem.key(), problem.args(), locale);
    }

    /** Longest text of an argument a refusal repeats: what someone typed may be thousands of characters. */
    static final int QUOTED = 100;

    /**
     * The text of a refusal: like {@link #text(Problem, Locale)}, but a long text argument (what someone typed, repeated
     * in the message) is cut short, so that a 5,000-character value does not come back 5,000 characters long.
     */
    public String refusal(Problem problem, Locale locale) {
        List<Object> args = problem.args().stream().map(a -> a instanceof String text ? (Object) quoted(text) : a).toList();
        return resolve(problem.key(), args, locale);
    }

    /** What someone typed, as a refusal repeats it: at most {@link #QUOTED} characters, control characters shown as '?'. */
    static String quoted(String text) {
        String shown = text.length() > QUOTED ? text.substring(0, QUOTED - 1) + "…" : text;
        StringBuilder clean = new StringBuilder(shown.length());
        shown.chars().forEach(c -> clean.append(Character.isISOControl(c) ? '?' : (char) c));
        return clean.toString();
    }

    public String text(String key, Object... args) {
        return resolve(key, List.of(args), locale());
    }

    public String text(Locale locale, String key, Object... args) {
        return resolve(key, List.of(args), locale);
    }

    /** The texts of a refusal's problems (long typed values cut short, see {@link #refusal}). */
    public List<String> texts(Collection<Problem> problems) {
        Locale locale = locale();
        return problems.stream().map(p -> refusal(p, locale)).toList();
    }

    /** Whether the bundles have this key (in Dutch, which has every key). */
    public boolean has(String key) {
        return source.getMessage(key, null, null, DUTCH) != null;
    }

    private String resolve(String key, List<Object> args, Locale locale) {
        try {
            return source.getMessage(key, arguments(args, locale), locale);
        } catch (NoSuchMessageException e) {
            // a missing text must not break the page; MessageKeysTest keeps this from happening
            log.warn("No text for message key {}", key);
            return key;
        }
    }

    private Object[] arguments(List<Object> args, Locale locale) {
        if (args.isEmpty()) {
            return null;
        }
        Object[] resolved = new Object[args.size()];
        for (int i = 0; i < resolved.length; i++) {
            Object arg = args.get(i);
            resolved[i] = switch (arg) {
                case Problem.Label label -> resolve(label.key(), label.args(), locale);
                case Year year -> String.valueOf(year.getValue());
                case TemporalAccessor temporal -> DateFormats.date(temporal, locale);
                case null -> "";
                default -> arg;
            };
        }
        return resolved;
    }
}
