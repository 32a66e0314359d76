package fr.francetravail.aae.platform;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.StateConflictException;
import fr.francetravail.aae.common.Viewer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.context.Context;

/** What every listener and delegate needs from the engine: who acts, typed reads, and domain errors as form errors. */
public final class ProcessGlue {

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

    /** The authenticated caller with its groups, else the system with none. */
    public static Viewer viewer() {
        Authentication authentication = authentication();
        return authentication == null ? Viewer.of(SYSTEM_ACTOR, null)
                : Viewer.of(authentication.getUserId(), authentication.getGroupIds());
    }

    private static Authentication authentication() {
        return Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
    }

    public static long longValue(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (!(value instanceof Number number)) {
            throw new ProcessEngineException("Variable « " + name + " » absente ou non numérique : " + value);
        }
        return number.longValue();
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
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
        try {
            return domainCall.get();
        } catch (InvalidInputException e) {
            throw new FormFieldValidationException(e.violations(), "Formulaire refusé : " + e.getMessage(), e);
        } catch (StateConflictException e) {
            throw new ProcessEngineException(e.getMessage(), e);
        }
    }
}
