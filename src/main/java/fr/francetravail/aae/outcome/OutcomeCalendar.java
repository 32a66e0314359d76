package fr.francetravail.aae.outcome;

import fr.francetravail.aae.platform.AaeTimers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * When each checkpoint of the follow-up falls, read by the BPMN as {@code ${outcomeCalendar.checkpoints()}} and
 * {@code ${outcomeCalendar.checkpointAt(actionEndedOn, checkpoint)}}: the start of the action's last day (Paris) plus
 * {@code aae.timers.outcome-m1}, {@code -m3} or {@code -m6}.
 */
@Component("outcomeCalendar")
public class OutcomeCalendar {

    private final AaeTimers timers;
    private final Clock clock;

    OutcomeCalendar(AaeTimers timers, Clock clock) {
        this.timers = timers;
        this.clock = clock;
    }

    /** The checkpoints in order, as the names the process iterates on. */
    public List<String> checkpoints() {
        return Arrays.stream(Checkpoint.values()).map(Checkpoint::name).toList();
    }

    /** When the checkpoint's look-up happens, for an action that ended on {@code actionEndedOn} (ISO date). */
    public Date checkpointAt(String actionEndedOn, String checkpoint) {
        return Date.from(instantOf(LocalDate.parse(actionEndedOn), Checkpoint.valueOf(checkpoint)));
    }

    /** The day the situation is asked for. */
    LocalDate dayOf(LocalDate actionEndedOn, Checkpoint checkpoint) {
        return LocalDate.ofInstant(instantOf(actionEndedOn, checkpoint), clock.getZone());
    }

    /** « 6 mois », for the counsellor's task name. */
    public String label(String checkpoint) {
        return Checkpoint.valueOf(checkpoint).label();
    }

    private Instant instantOf(LocalDate actionEndedOn, Checkpoint checkpoint) {
        String offset = switch (checkpoint) {
            case M1 -> timers.outcomeM1();
            case M3 -> timers.outcomeM3();
            case M6 -> timers.outcomeM6();
        };
        return AaeTimers.plus(actionEndedOn.atStartOfDay(clock.getZone()), offset).toInstant();
    }
}
