package fr.francetravail.aae.platform;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a task's form shows that must never become a process variable (participants' names, for instance): looked up
 * in the domain each time the form is opened, added to the form's variables, never stored by the engine.
 */
public interface FormDisplayData {

    /** The user tasks whose forms show these values. */
    Set<String> taskDefinitionKeys();

    /** Values by form key: text, or lists and maps that reach the form as JSON. */
    Map<String, Object> valuesFor(DelegateTask task);
}
