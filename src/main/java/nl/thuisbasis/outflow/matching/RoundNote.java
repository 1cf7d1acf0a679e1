package nl.thuisbasis.outflow.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.thuisbasis.platform.Problem;

/**
 * A note a matching round carries (no rent limits, a cap that cannot be checked, a scan without a map): a message key
 * with its arguments, kept with the round and read in each reader's language. An argument that is a message key itself
 * is a {@link Problem.Label} (stored as {@code {"key": ..., "args": [...]}}). A note of a round stored before notes were
 * keys has only its {@code text}, shown as it was stored.
 */
record RoundNote(String key, List<Object> args, String text) {

    static RoundNote of(String key, Object... args) {
        return new RoundNote(key, Arrays.asList(args), null);
    }

    /** The note as a message with its arguments, labels resolved by whoever reads it. */
    Problem problem() {
        return new Problem(null, null, key, args == null ? List.of() : args.stream().map(RoundNote::argument).toList());
    }

    private static Object argument(Object stored) {
        if (stored instanceof Map<?, ?> map && map.get("key") instanceof String key) {
            List<Object> args = new ArrayList<>();
            if (map.get("args") instanceof List<?> list) {
                list.forEach(a -> args.add(argument(a)));
            }
            return new Problem.Label(key, args);
        }
        return stored;
    }
}
