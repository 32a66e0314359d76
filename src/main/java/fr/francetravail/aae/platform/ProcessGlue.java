package fr.francetravail.aae.platform;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.francetravail.aae.common.FrenchDates;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.common.NotFoundException;
import fr.francetravail.aae.common.PlausibleInput;
import fr.francetravail.aae.common.StateConflictException;
import fr.francetravail.aae.common.Viewer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.access.AccessDeniedException;

/** What every listener and delegate needs from the engine: who acts, typed reads, and domain errors as form errors. */
public final class ProcessGlue {

    private static final ObjectMapper JSON = StrictJson.applyTo(JsonMapper.builder().addModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).build());

    /** Actor recorded when the engine itself acts (timers, jobs). */
    public static final String SYSTEM_ACTOR = "système";

    private ProcessGlue() {
    }

    /** The authenticated user (REST or webapp), else the task's assignee, else the system. */
    public static String actor(DelegateTask task) {
        Authentication authentication = authentication();
        return authentication != null ? authentication.getUserId()
                : task.getAssignee() != null ? task.getAssignee() : SYSTEM_ACTOR;
    }

    /** The authenticated user, else the system. */
    public static String actor() {
        return viewer().userId();
    }

    /** The authenticated caller with its groups and regions, else the system with none. */
    public static Viewer viewer() {
        Authentication authentication = authentication();
        return authentication == null ? Viewer.of(SYSTEM_ACTOR, null, null)
                : Viewer.of(authentication.getUserId(), authentication.getGroupIds(), authentication.getTenantIds());
    }

    /**
     * The user the command runs for; none for the engine itself, including the job executor, which runs a job of a region
     * with that region's tenant as its only authentication (no user: {@link RegionTenants}).
     */
    private static Authentication authentication() {
        Authentication authentication = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
        return authentication == null || authentication.getUserId() == null ? null : authentication;
    }

    public static long longValue(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (!(value instanceof Number number)) {
            throw new ProcessEngineException("Variable « " + name + " » absente ou non numérique : " + value);
        }
        return number.longValue();
    }

    /**
     * A form's text: a text field or area may hold line breaks, no other control character (see {@link PlausibleInput});
     * refused as the form's field.
     */
    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        String text = value == null ? null : value.toString();
        return onBehalfOfForm(() -> PlausibleInput.checkedText(name, text, true));
    }

    /** A checkbox: absent or unchecked is false. */
    public static boolean flag(VariableScope scope, String name) {
        return Boolean.TRUE.equals(scope.getVariable(name)) || "true".equals(text(scope, name));
    }

    /**
     * A form date: a date variable, or the {@code AAAA-MM-JJ} text form-js submits; refused as the form's field if
     * malformed or out of the plausible range.
     */
    public static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Date date) {
            return PlausibleInput.checkedDate(name, date.toInstant().atZone(FrenchDates.ZONE).toLocalDate());
        }
        String text = value == null ? null : value.toString();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PlausibleInput.checkedDate(name, LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "date invalide : « " + text + " »");
        }
    }

    /**
     * Ids chosen in a form (a checklist gives a JSON list of strings) or set by a delegate (a list of numbers); absent
     * is none. Anything else is refused as the form's field.
     */
    public static List<Long> ids(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return List.of();
        }
        JsonNode json = value instanceof Collection<?> || value instanceof Object[] ? JSON.valueToTree(value) : parse(name, value.toString());
        if (!json.isArray()) {
            throw new InvalidInputException(name, "liste d'identifiants attendue");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : json) {
            if (item.isIntegralNumber() || item.isTextual() && item.asText().matches("[0-9]{1,18}")) {
                ids.add(item.asLong());
            } else {
                throw new InvalidInputException(name, "identifiant invalide : « " + item.asText() + " »");
            }
        }
        return ids;
    }

    /** A list of objects submitted by a form (a dynamic list), bound to records of {@code type}; absent is none. */
    public static <T> List<T> objects(VariableScope scope, String name, Class<T> type) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return List.of();
        }
        JsonNode json = value instanceof Collection<?> ? JSON.valueToTree(value) : parse(name, value.toString());
        if (!json.isArray()) {
            throw new InvalidInputException(name, "liste attendue");
        }
        try {
            return JSON.readerForListOf(type).readValue(json);
        } catch (JsonMappingException e) {
            FieldViolation refused = StrictJson.violation(e);
            throw new InvalidInputException(name + refused.field(), refused.message());
        } catch (IOException e) {
            throw new InvalidInputException(name, "valeurs illisibles");
        }
    }

    private static JsonNode parse(String name, String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new InvalidInputException(name, "liste illisible");
        }
    }

    /** A form value naming a constant of {@code type}; a missing or unknown one is refused as the form's field. */
    public static <E extends Enum<E>> E choice(VariableScope scope, String name, Class<E> type) {
        String value = text(scope, name);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(name, "est obligatoire");
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "valeur inconnue : « " + value + " »");
        }
    }

    /**
     * Runs a domain call on behalf of a form. Refused input becomes a form validation error (Tasklist shows it and
     * keeps the form; REST answers 400), a state conflict becomes an engine error; either way nothing is committed.
     */
    public static <T> T onBehalfOfForm(Supplier<T> domainCall) {
        return onBehalfOfForm(FormFields.SAME, domainCall);
    }

    /**
     * As {@link #onBehalfOfForm(Supplier)}, the refused fields named as the form names them; each is labelled as the
     * form the user submits ({@link SubmittedForm}) labels it, so the user reads the form's words, the client the key.
     */
    public static <T> T onBehalfOfForm(FormFields fields, Supplier<T> domainCall) {
        try {
            return domainCall.get();
        } catch (InvalidInputException e) {
            InvalidInputException refusal = new InvalidInputException(e.violations().stream()
                    .map(violation -> onTheForm(fields, violation)).toList());
            throw new FormFieldValidationException(refusal.violations(), "Formulaire refusé : " + refusal.getMessage(), refusal);
        } catch (StateConflictException e) {
            throw new ProcessEngineException(e.getMessage(), e);
        }
    }

    /**
     * As {@link #onBehalfOfForm(FormFields, Supplier)} for a start form that names what it acts on ({@code subject}, an
     * operation say): that it is unknown, out of the user's reach or in the wrong state is a refusal of that field, so
     * the start is refused as bad input and no instance is left.
     */
    public static <T> T onBehalfOfStartForm(FormFields fields, String subject, Supplier<T> domainCall) {
        return onBehalfOfForm(fields, () -> {
            try {
                return domainCall.get();
            } catch (NotFoundException | StateConflictException | AccessDeniedException e) {
                throw new InvalidInputException(subject, e.getMessage());
            }
        });
    }

    private static FieldViolation onTheForm(FormFields fields, FieldViolation violation) {
        String field = fields.of(violation.field());
        String label = fields.labelOf(field);
        if (label == null) {
            label = SubmittedForm.current().map(form -> form.label(field)).orElse(null);
        }
        return new FieldViolation(field, violation.message(), label);
    }
}
