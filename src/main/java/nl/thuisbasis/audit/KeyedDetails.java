package nl.thuisbasis.audit;

import java.util.ArrayList;
import java.util.List;
import nl.thuisbasis.platform.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Details of a log entry stored as a message key with its arguments, {@code {"key": "...", "args": [...]}}, in the
 * details column, so that the log page shows them in the reader's language. Details written as plain text (older
 * entries, or text a module passes as is) stay text.
 */
final class KeyedDetails {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PREFIX = "{\"key\":";

    private KeyedDetails() {
    }

    /**
     * Numbers and booleans stay what they are, a {@link Problem.Label} (the name of a status, say) is stored as its key
     * and shown in the reader's language; anything else is stored as its text.
     */
    static String encode(String key, Object... args) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", key);
        ArrayNode values = node.putArray("args");
        for (Object arg : args) {
            switch (arg) {
                case null -> values.addNull();
                case Integer i -> values.add(i);
                case Long l -> values.add(l);
                case Number n -> values.add(new java.math.BigDecimal(n.toString()));
                case Boolean b -> values.add(b);
                case Problem.Label label -> values.addObject().put("label", label.key());
                default -> values.add(arg.toString());
            }
        }
        return JSON.writeValueAsString(node);
    }

    /** The key and arguments of keyed details, or null when the details are plain text (or absent). */
    static Problem decode(String details) {
        if (details == null || !details.startsWith(PREFIX)) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(details);
            if (!node.path("key").isString()) {
                return null;
            }
            List<Object> args = new ArrayList<>();
            for (JsonNode arg : node.path("args")) {
                args.add(arg.isNull() ? null : arg.isObject() && arg.path("label").isString() ? Problem.label(arg.path("label").asString())
                        : arg.isIntegralNumber() ? (Object) arg.longValue()
                        : arg.isNumber() ? arg.decimalValue() : arg.isBoolean() ? arg.booleanValue() : arg.asString());
            }
            return new Problem(null, null, node.path("key").asString(), args);
        } catch (JacksonException e) {
            return null;
        }
    }
}
