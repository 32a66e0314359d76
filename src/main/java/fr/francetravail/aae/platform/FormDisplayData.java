package fr.francetravail.aae.platform;

import fr.francetravail.aae.common.Viewer;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a form shows that must never become a process variable (participants' names, the choices a user may make): looked
 * up in the domain each time the form is opened, added to the form's variables, never stored by the engine. A task's
 * form gets values about its task; a start form, which has no instance yet, gets values about who opens it. A select
 * takes its options from such a value ({@code valuesKey}): a list of {@code {"label": …, "value": …}}.
 */
public interface FormDisplayData {

    /** The user tasks whose forms show these values. */
    default Set<String> taskDefinitionKeys() {
        return Set.of();
    }

    /** Values by form key: text, or lists and maps that reach the form as JSON. */
    default Map<String, Object> valuesFor(DelegateTask task) {
        return Map.of();
    }

    /** The processes whose start forms show these values. */
    default Set<String> processDefinitionKeys() {
        return Set.of();
    }

    /** Values by form key for the start form as {@code user} opens it, limited to what they may see and choose. */
    default Map<String, Object> startFormValuesFor(Viewer user) {
        return Map.of();
    }

    /** An option of a select: what the user reads, and the value the form submits. */
    static Map<String, String> option(String label, String value) {
        return Map.of("label", label, "value", value);
    }
}
