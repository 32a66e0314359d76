package fr.francetravail.aae.cohort;

import static fr.francetravail.aae.common.Viewer.COUNSELLORS;

import fr.francetravail.aae.platform.ProcessDeclaration;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Process {@code aae-withdrawal}, « Enregistrer un abandon »: a counsellor records from Tasklist that a participant
 * leaves the action. Its start form names the operation, the participant (France Travail id) and the reason; its one
 * service task asks {@link ParticipationService} as {@code /api} does, in the start's transaction, so a refusal leaves
 * no instance. The instance then ends: it is the withdrawal's trace in Cockpit's history, under the operation's
 * reference as business key. The reason is a personal data field of {@code aae-operation} already.
 */
public final class WithdrawalProcess {

    public static final String KEY = "aae-withdrawal";

    public static final String START_EVENT = "StartEvent_WithdrawalReported";
    public static final String TASK_RECORD_WITHDRAWAL = "Task_RecordWithdrawal";
    public static final String END_WITHDRAWAL_RECORDED = "EndEvent_WithdrawalRecorded";

    /** Started by counsellors (the service then checks the operation is one of their agencies'). */
    @Component
    static class Declaration implements ProcessDeclaration {

        @Override
        public Map<String, Set<String>> startableByGroup() {
            return Map.of(COUNSELLORS, Set.of(KEY));
        }
    }

    private WithdrawalProcess() {
    }
}
