package fr.francetravail.aae.outcome;

import fr.francetravail.aae.common.Delay;
import fr.francetravail.aae.operation.Operation;
import fr.francetravail.aae.operation.OperationCalendar;
import fr.francetravail.aae.operation.OperationService;
import fr.francetravail.aae.platform.AaeTimers;
import fr.francetravail.aae.platform.WorkingTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * When each checkpoint of the follow-up falls, read by the BPMN as {@code ${outcomeCalendar.checkpoints()}} and
 * {@code ${outcomeCalendar.checkpointAt(operationId, actionEndedOn, checkpoint)}}: the start of the action's last day
 * (as the {@link OperationCalendar} says: Paris midnight by default) plus {@code aae.timers.outcome-m1}, {@code -m3} or
 * {@code -m6}, in Paris calendar terms, on a working day ({@link WorkingTime}: a checkpoint on a Sunday is looked up on
 * Monday).
 */
@Component("outcomeCalendar")
public class OutcomeCalendar {

    private final OperationService operations;
    private final OperationCalendar calendar;
    private final AaeTimers timers;
    private final Clock clock;
    private final WorkingTime workingTime;

    OutcomeCalendar(OperationService operations, OperationCalendar calendar, AaeTimers timers, Clock clock, WorkingTime workingTime) {
        this.operations = operations;
        this.calendar = calendar;
        this.timers = timers;
        this.clock = clock;
        this.workingTime = workingTime;
    }

    /** The checkpoints in order, as the names the process iterates on. */
    public List<String> checkpoints() {
        return Arrays.stream(Checkpoint.values()).map(Checkpoint::name).toList();
    }

    /** When the checkpoint's look-up happens, for the operation's action that ended on {@code actionEndedOn} (ISO date). */
    public Date checkpointAt(long operationId, String actionEndedOn, String checkpoint) {
        return Date.from(instantOf(operations.get(operationId), LocalDate.parse(actionEndedOn), Checkpoint.valueOf(checkpoint)));
    }

    /** The day the situation is asked for: the operation's day when the checkpoint falls. */
    LocalDate dayOf(long operationId, LocalDate actionEndedOn, Checkpoint checkpoint) {
        Operation operation = operations.get(operationId);
        return calendar.dayOf(operation, instantOf(operation, actionEndedOn, checkpoint));
    }

    /** « 6 mois », for the counsellor's task name. */
    public String label(String checkpoint) {
        return Checkpoint.valueOf(checkpoint).label();
    }

    private Instant instantOf(Operation operation, LocalDate actionEndedOn, Checkpoint checkpoint) {
        Delay offset = switch (checkpoint) {
            case M1 -> timers.outcomeM1();
            case M3 -> timers.outcomeM3();
            case M6 -> timers.outcomeM6();
        };
        return workingTime.onOrAfter(offset.after(calendar.dayStart(operation, actionEndedOn).atZone(clock.getZone())).toInstant());
    }
}
