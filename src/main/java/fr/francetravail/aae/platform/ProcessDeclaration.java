package fr.francetravail.aae.platform;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a feature declares about its processes for the rules that hold in every process: which variables they route
 * on, which form fields carry personal data, what its own code may pass beyond a form, and what Tasklist shows. Each
 * feature publishes its declarations as beans (next to its process constants) and {@link ProcessDeclarations} collects
 * them: platform applies the rules and never names a feature. A declaration holds constants only.
 */
public interface ProcessDeclaration {

    /** Variables the processes route on: every user task holds a copy that no completion may change. */
    default Set<String> routingVariables() {
        return Set.of();
    }

    /** Form fields that carry personal data: their listener hands them to the domain, and history never records them. */
    default Set<String> personalDataFields() {
        return Set.of();
    }

    /** What the feature's own code passes when it completes a task or starts a process, by element id, beyond the form's fields. */
    default Map<String, Set<String>> variablesByElement() {
        return Map.of();
    }

    /** Processes whose tasks agency and partner groups work in Tasklist: their members read these definitions. */
    default Set<String> tasklistProcesses() {
        return Set.of();
    }

    /** Processes that groups may start from Tasklist, by group id. */
    default Map<String, Set<String>> startableByGroup() {
        return Map.of();
    }

    /** Variables shown as columns of the shared Tasklist filters, in this order (declarations are taken in their {@code @Order}). */
    default List<TaskColumn> taskColumns() {
        return List.of();
    }

    /** A process variable shown as a Tasklist column, with its French label. */
    record TaskColumn(String variable, String label) {
    }
}
