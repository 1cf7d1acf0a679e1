package nl.thuisbasis.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The checks of {@link Inputs} at the edge, for every field of every JSON request body, before any module sees it: a text holds
 * no control characters (PostgreSQL refuses a NUL), a date is an ISO date within the years people mean, a whole number
 * is not a fraction ({@code "capacity": 1.5} used to be stored as 1). A refused value names its field (the API answers
 * 400 with the field in {@code errors}); modules still check lengths and meanings.
 */
@Configuration
class StrictJsonInput {

    /**
     * The JSON reader of request bodies only: what the application reads of its own (stored snapshots, import
     * histories, events) goes through the application's mapper as it is, so nothing stored can become unreadable.
     */
    @Bean
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer strictJsonBodies(JsonMapper application) {
        JsonMapper strict = application.rebuild().disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addModule(new SimpleModule("thuisbasis-strict-input")
                        .addDeserializer(String.class, new CheckedText())
                        .addDeserializer(LocalDate.class, new CheckedDate()))
                .build();
        return builder -> builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
    }

    /** A value of a body that is refused for a reason of its own, with the message key that says why. */
    static final class RefusedValue extends MismatchedInputException {

        private static final long serialVersionUID = 1L;

        final transient String key;

        RefusedValue(JsonParser parser, Class<?> type, String key) {
            super(parser, key, type);
            this.key = key;
        }
    }

    static final class CheckedText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (text != null && !Inputs.printable(text)) {
                throw new RefusedValue(p, String.class, "problem.text.characters");
            }
            return text;
        }
    }

    static final class CheckedDate extends StdScalarDeserializer<LocalDate> {

        CheckedDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new RefusedValue(p, LocalDate.class, "problem.date.format");
            }
            String text = p.getString().trim();
            if (text.isEmpty()) {
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new RefusedValue(p, LocalDate.class, "problem.date.format");
            }
            if (!Inputs.sensible(date)) {
                throw new RefusedValue(p, LocalDate.class, "problem.date.range");
            }
            return date;
        }
    }
}
