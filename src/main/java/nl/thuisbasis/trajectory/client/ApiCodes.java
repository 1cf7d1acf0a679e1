package nl.thuisbasis.trajectory.client;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.thuisbasis.platform.Problem;
import nl.thuisbasis.platform.Refused;

/**
 * Codes of the trajectory API (a phase, a kind of home, a status) read from text: any case; an unknown one is a
 * problem. And the API's names of the fields a rule names as the web form does ({@code goalDomain} is the request's
 * {@code domain}). For the API controllers of the trajectory's features.
 */
public final class ApiCodes {

    private ApiCodes() {
    }

    /** The constant named by {@code value}, or null: when empty (nothing chosen) or unknown (a problem at the field). */
    public static <E extends Enum<E>> E code(Class<E> type, String value, String field, String key, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.at(field, key, value));
            return null;
        }
    }

    /** Runs a use case; a refusal for invalid input comes back with its problems at the request's field names. */
    public static <T> T named(Map<String, String> fields, java.util.function.Supplier<T> useCase) {
        return renamed(p -> p.field() != null && fields.containsKey(p.field()) ? p.on(fields.get(p.field())) : p, useCase);
    }

    /** As {@link #named(Map, java.util.function.Supplier)}, with a rename of each problem. */
    public static <T> T renamed(UnaryOperator<Problem> rename, java.util.function.Supplier<T> useCase) {
        try {
            return useCase.get();
        } catch (Refused refused) {
            if (refused.kind() != Refused.Kind.INVALID) {
                throw refused;
            }
            throw new Refused(refused.kind(), refused.code(), refused.problems().stream().map(rename).toList());
        }
    }
}
