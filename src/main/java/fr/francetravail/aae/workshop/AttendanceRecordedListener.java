package fr.francetravail.aae.workshop;

import static fr.francetravail.aae.operation.OperationProcess.Variables.ABSENT_ENROLMENT_IDS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.EXCUSED;
import static fr.francetravail.aae.operation.OperationProcess.Variables.REPEATED_ABSENCES;
import static fr.francetravail.aae.operation.OperationProcess.Variables.UNEXCUSED;
import static fr.francetravail.aae.operation.OperationProcess.Variables.WORKSHOP_ID;

import fr.francetravail.aae.platform.ProcessGlue;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of « Saisir la feuille d'émargement »: the sheet is stored; participants with unexcused absences in a
 * row are handed to the escalation that opens a counsellor's follow-up. The sheet's lists leave the process so the next
 * workshop's form starts blank.
 */
@Component
class AttendanceRecordedListener implements TaskListener {

    private final WorkshopService workshops;

    AttendanceRecordedListener(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @Override
    public void notify(DelegateTask task) {
        List<Long> absentees = ProcessGlue.onBehalfOfForm(() -> workshops.recordAttendance(ProcessGlue.longValue(task, WORKSHOP_ID),
                ProcessGlue.ids(task, EXCUSED), ProcessGlue.ids(task, UNEXCUSED), ProcessGlue.actor(task)));
        task.getExecution().removeVariables(List.of(EXCUSED, UNEXCUSED));
        DelegateExecution operation = task.getExecution().getProcessInstance();
        operation.setVariable(ABSENT_ENROLMENT_IDS, new ArrayList<>(absentees));
        operation.setVariable(REPEATED_ABSENCES, !absentees.isEmpty());
    }
}
