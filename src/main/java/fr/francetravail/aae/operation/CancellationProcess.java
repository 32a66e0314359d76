package fr.francetravail.aae.operation;

import static fr.francetravail.aae.common.Viewer.MANAGERS;

import fr.francetravail.aae.platform.FormFields;
import fr.francetravail.aae.platform.ProcessDeclaration;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Process {@code aae-operation-cancellation}, « Annuler une opération »: a manager's cancellation from Tasklist. Its
 * start form names the operation and the reason; its one service task asks {@link OperationCancellations} as
 * {@code /api} does, in the start's transaction, so a refusal leaves no instance. The instance then ends: it is the
 * request's trace in Cockpit's history, under the operation's reference as business key.
 */
public final class CancellationProcess {

    public static final String KEY = "aae-operation-cancellation";

    public static final String START_EVENT = "StartEvent_CancellationRequested";
    public static final String TASK_REQUEST_CANCELLATION = "Task_RequestCancellation";
    public static final String END_CANCELLATION_REQUESTED = "EndEvent_CancellationRequested";

    /** The start form's fields: the operation's reference, and the reason (free text, read once, never stored in the engine). */
    public static final class Variables {
        public static final String CANCELLATION_COMMENT = "cancellationComment";

        private Variables() {
        }
    }

    /** Started by managers only; its reason is kept out of the engine's history. */
    @Component
    static class Declaration implements ProcessDeclaration {

        @Override
        public Set<String> personalDataFields() {
            return Set.of(Variables.CANCELLATION_COMMENT);
        }

        @Override
        public Map<String, Set<String>> startableByGroup() {
            return Map.of(MANAGERS, Set.of(KEY));
        }
    }

    /** The request's reason is the form's {@code cancellationComment}; the user reads the deployed form's labels. */
    static final FormFields FIELDS = FormFields.renamed(Map.of("reason", Variables.CANCELLATION_COMMENT));

    private CancellationProcess() {
    }
}
