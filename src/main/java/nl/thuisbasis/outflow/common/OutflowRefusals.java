package nl.thuisbasis.outflow.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;

/** What every outflow feature shares in refusing a request: its API problem code and reading codes leniently. */
public final class OutflowRefusals {

    /** The API problem code of refused outflow input. */
    public static final String CODE = "outflow-refused";

    private OutflowRefusals() {
    }

    /** Refused outflow input (422, {@value #CODE}). */
    public static Refused refused(List<Problem> problems) {
        return Refused.invalid(CODE, problems);
    }

    public static Refused refused(Problem... problems) {
        return refused(Arrays.asList(problems));
    }

    /** Throws {@link #refused(List)} when there are problems. */
    public static void unless(List<Problem> problems) {
        Refused.unless(problems, CODE);
    }

    /**
     * A code of an API body read as the constant it names (case and - for _ do not matter); an unknown code adds the
     * problem {@code key} at {@code field}, with the code as its argument. Null or blank: null.
     */
    public static <E extends Enum<E>> E code(Class<E> type, String value, String field, String key, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.at(field, key, value));
            return null;
        }
    }

    /**
     * The same refusal with its problems at the fields of a page's form: a page with several forms names its fields
     * apart (urgencyDate, readyOn), while the service names them as the API does (grantedOn, readyOn).
     */
    public static Refused renamed(Refused refused, Map<String, String> fields) {
        List<Problem> problems = new ArrayList<>();
        for (Problem p : refused.problems()) {
            problems.add(p.field() != null && fields.containsKey(p.field()) ? p.on(fields.get(p.field())) : p);
        }
        return new Refused(refused.kind(), refused.code(), problems);
    }
}
