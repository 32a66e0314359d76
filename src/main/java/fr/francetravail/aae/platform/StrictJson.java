package fr.francetravail.aae.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.common.MultiLineText;
import fr.francetravail.aae.common.PlausibleInput;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How every JSON body a client sends is read, configured once for the whole service (Spring's mapper for {@code /api},
 * {@link ProcessGlue}'s for the forms' JSON values): enums by name only (never by position, never in another case),
 * strings by the {@link PlausibleInput} rules (one line unless the property is {@link MultiLineText}), dates within
 * the plausible range. A refusal names the JSON path of the value ({@link #violation}).
 */
@Configuration
class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder.postConfigurer(StrictJson::applyTo);
    }

    /** Makes {@code mapper} read client input strictly; returns it. */
    static <M extends ObjectMapper> M applyTo(M mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
        mapper.registerModule(new SimpleModule("strict-input")
                .addDeserializer(String.class, new PlainText(false))
                .addDeserializer(LocalDate.class, new PlausibleDate(LocalDateDeserializer.INSTANCE)));
        return mapper;
    }

    /** The refused field, named by its JSON path ({@code candidates[2].lastName}), and why, in French. */
    static FieldViolation violation(JsonMappingException refusal) {
        String field = refusal.getPath().isEmpty() ? "(corps)" : refusal.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
        return new FieldViolation(field, reason(refusal));
    }

    private static String reason(JsonMappingException refusal) {
        if (refusal instanceof RefusedValue refused) {
            return refused.reason;
        }
        if (!(refusal instanceof InvalidFormatException format)) {
            return "valeur illisible";
        }
        String message = "valeur « " + format.getValue() + " » invalide";
        Class<?> target = format.getTargetType();
        if (target != null && target.isEnum()) {
            return message + " (valeurs possibles : " + Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (target == LocalDate.class) {
            return message + " (date attendue au format AAAA-MM-JJ)";
        }
        return message;
    }

    /** A value read but refused by a rule; its message is the French reason alone. */
    static final class RefusedValue extends JsonMappingException {

        private final String reason;

        RefusedValue(JsonParser parser, String reason) {
            super(parser, reason);
            this.reason = reason;
        }
    }

    /** Strings by the {@link PlausibleInput} rules; multi-line where the property is {@link MultiLineText}. */
    static final class PlainText extends StdScalarDeserializer<String> implements ContextualDeserializer {

        private final boolean multiLine;

        PlainText(boolean multiLine) {
            super(String.class);
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean annotated = property != null && property.getAnnotation(MultiLineText.class) != null;
            return annotated == multiLine ? this : new PlainText(annotated);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            String fault = PlausibleInput.textFault(text, multiLine);
            if (fault != null) {
                throw new RefusedValue(parser, fault);
            }
            return text;
        }
    }

    /** ISO dates ({@code AAAA-MM-JJ}), read by Jackson's own deserializer, within the {@link PlausibleInput} range. */
    static final class PlausibleDate extends StdScalarDeserializer<LocalDate> implements ContextualDeserializer {

        private final JsonDeserializer<?> dates;

        PlausibleDate(JsonDeserializer<?> dates) {
            super(LocalDate.class);
            this.dates = dates;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) throws JsonMappingException {
            return new PlausibleDate(((ContextualDeserializer) dates).createContextual(context, property));
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = (LocalDate) dates.deserialize(parser, context);
            String fault = PlausibleInput.dateFault(date);
            if (fault != null) {
                throw new RefusedValue(parser, fault);
            }
            return date;
        }
    }
}
