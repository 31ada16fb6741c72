package org.dischargehub.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.lang.invoke.MethodType;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JSON is read as written, or refused: no text for a number or a yes/no, no number for a text, a code or a date, no
 * fraction cut to a whole number, and no control character in a text (notes, reasons, rationales, concerns, an
 * address and access details may keep tab and newline). A whole number still fills a decimal ({@code 100} for
 * money). Applies to the hub's one ObjectMapper: the API's bodies and the hub's own messages between nodes; Camunda,
 * Vaadin and springdoc have their own.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer valuesTakenAsWritten() {
        return builder -> builder
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .postConfigurer(mapper -> {
                    mapper.coercionConfigFor(LogicalType.Textual)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                    // a date with a time of day is not a date: "2026-11-23T10:00" is refused, not cut to the day
                    mapper.setDefaultLeniency(false);
                });
    }

    @Bean
    Module strictValues() {
        return new SimpleModule("hub-strict-values")
                .addDeserializer(String.class, new Text(false))
                .setDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                            JsonDeserializer<?> deserializer) {
                        return bean.getBeanClass().getPackageName().equals("java.time")
                                ? new TimeAsText(deserializer) : deserializer;
                    }
                });
    }

    /** What is wrong with a field of a JSON body, in the client's terms: never a Java type's name. */
    static String complaint(JsonMappingException problem) {
        if (problem instanceof Refused) {
            return problem.getOriginalMessage();
        }
        return problem instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                ? expected(mismatch.getTargetType()) : "has the wrong type or value";
    }

    /** What a value of the type is written as, for the message of a field or a query parameter given otherwise. */
    static String expected(Class<?> type) {
        Class<?> boxed = type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
        if (boxed == String.class) {
            return "must be text, in quotes";
        }
        if (boxed == Integer.class || boxed == Long.class || boxed == Short.class || boxed == BigInteger.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(boxed)) {
            return "must be a number";
        }
        if (boxed == Boolean.class) {
            return "must be true or false";
        }
        if (boxed.isEnum()) {
            return "must be one of " + Arrays.toString(boxed.getEnumConstants());
        }
        if (boxed == LocalDate.class) {
            return "must be a date written like 2026-11-23";
        }
        if (boxed == YearMonth.class) {
            return "must be a month written like 2026-11";
        }
        if (Temporal.class.isAssignableFrom(boxed)) {
            return "must be a moment written like 2026-11-23T10:15:30Z";
        }
        if (Collection.class.isAssignableFrom(boxed) || boxed.isArray()) {
            return "must be a list";
        }
        return "has the wrong type or value";
    }

    /** Whether a text field is free text, which may keep tab and newline; every other control character is refused. */
    static boolean isFreeText(String field) {
        return field != null && FREE_TEXT.matcher(field).find();
    }

    private static final Pattern FREE_TEXT = Pattern.compile("(?i)(notes?|reason|rationale|concern|address|accessDetails)$");

    /** The first control character a text may not hold, or -1: in free text tab and newline are allowed. */
    public static int forbiddenControlCharacter(String text, boolean freeText) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(freeText && (c == '\t' || c == '\n' || c == '\r'))) {
                return i;
            }
        }
        return -1;
    }

    /** A JSON string, as it was sent, holding no control character it may not hold. */
    static final class Text extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final boolean freeText;

        Text(boolean freeText) {
            super(String.class);
            this.freeText = freeText;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean free = property != null && isFreeText(property.getName());
            return free == freeText ? this : new Text(free);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.hasToken(JsonToken.VALUE_STRING) ? parser.getText()
                    : (String) context.handleUnexpectedToken(String.class, parser);
            if (text != null && forbiddenControlCharacter(text, freeText) >= 0) {
                throw new Refused(parser, freeText ? "must not contain control characters other than tab and newline"
                        : "must not contain control characters", String.class);
            }
            return text;
        }
    }

    /** A value refused for a reason the client can be told in so many words. */
    static final class Refused extends MismatchedInputException {

        Refused(JsonParser parser, String reason, Class<?> type) {
            super(parser, reason, type);
        }
    }

    /**
     * A date or an instant is a JSON string such as "2026-11-23" or "2026-11-23T10:15:30Z": Jackson would also take a
     * number (or a string of digits) as days or seconds since 1970, and an array of numbers.
     */
    static final class TimeAsText extends DelegatingDeserializer {

        private static final Pattern NUMBER = Pattern.compile("\\s*[-+]?[0-9]+(\\.[0-9]*)?\\s*");

        TimeAsText(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TimeAsText(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            if (NUMBER.matcher(parser.getText()).matches()) {
                throw new Refused(parser, "a number is not a date or a time", handledType());
            }
            return super.deserialize(parser, context);
        }
    }
}
