package nl.thuisbasis.outflow.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.thuisbasis.platform.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A text the system writes for people and stores, such as a line in a candidate's history: a message key with its
 * arguments, so that it is shown later in the reader's language (through {@link #problem()} and {@code Messages}). What a
 * person typed is stored as typed, never as a KeyedText.
 * <p>
 * Arguments are stored as JSON: text and numbers as they are, a date as {@code {"date": "2026-11-16"}} (shown the
 * language's way), a label as {@code {"label": "out.decline.OTHER"}} (a message key resolved in the same language).
 */
public record KeyedText(String key, List<Object> args) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PREFIX = "{\"key\":";

    public KeyedText {
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static KeyedText of(String key, Object... args) {
        return new KeyedText(key, Arrays.asList(args));
    }

    /** The text as the message bundles resolve it: {@code messages.text(keyedText.problem())}. */
    public Problem problem() {
        return new Problem(null, null, key, args);
    }

    /** The arguments as a JSON array, for a {@code jsonb} column next to the key. */
    public String argsJson() {
        return JSON.writeValueAsString(array(args));
    }

    /** The arguments stored by {@link #argsJson()}; none for null. */
    public static List<Object> args(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        for (JsonNode arg : JSON.readTree(json)) {
            args.add(value(arg));
        }
        return args;
    }

    /** Key and arguments as one JSON value, for a text column that also holds text people typed. */
    public String json() {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", key);
        node.set("args", array(args));
        return JSON.writeValueAsString(node);
    }

    /** The KeyedText a text column holds ({@link #json()}), or empty when it holds plain text (or nothing). */
    public static Optional<KeyedText> parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (!node.path("key").isString()) {
                return Optional.empty();
            }
            List<Object> args = new ArrayList<>();
            for (JsonNode arg : node.path("args")) {
                args.add(value(arg));
            }
            return Optional.of(new KeyedText(node.path("key").asString(), args));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static ArrayNode array(List<Object> args) {
        ArrayNode values = JSON.createArrayNode();
        for (Object arg : args) {
            switch (arg) {
                case null -> values.addNull();
                case Integer i -> values.add(i);
                case Long l -> values.add(l);
                case Number n -> values.add(new java.math.BigDecimal(n.toString()));
                case Boolean b -> values.add(b);
                case LocalDate d -> values.addObject().put("date", d.toString());
                case Problem.Label label -> values.addObject().put("label", label.key());
                default -> values.add(arg.toString());
            }
        }
        return values;
    }

    private static Object value(JsonNode arg) {
        if (arg.isNull()) {
            return null;
        }
        if (arg.isObject() && arg.path("date").isString()) {
            return LocalDate.parse(arg.path("date").asString());
        }
        if (arg.isObject() && arg.path("label").isString()) {
            return Problem.label(arg.path("label").asString());
        }
        if (arg.isIntegralNumber()) {
            return arg.longValue();
        }
        if (arg.isNumber()) {
            return arg.decimalValue();
        }
        if (arg.isBoolean()) {
            return arg.booleanValue();
        }
        return arg.asString();
    }
}
