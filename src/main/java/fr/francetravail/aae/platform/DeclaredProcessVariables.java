package fr.francetravail.aae.platform;

import java.util.Map;
import java.util.Set;

/**
 * Variables a feature's own code passes when it completes a user task or starts a process on a user's behalf, beyond
 * the fields of that element's form. {@link DeclaredVariablesPlugin} refuses any other variable a user's completion or
 * start writes.
 */
public interface DeclaredProcessVariables {

    /** Variable names by element: a user task's definition key or a start event's id. */
    Map<String, Set<String>> variablesByElement();
}
