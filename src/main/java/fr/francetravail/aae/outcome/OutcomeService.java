package fr.francetravail.aae.outcome;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The participants' outcomes after the action, checkpoint by checkpoint. */
@Service
public class OutcomeService {

    private final OutcomeRepository outcomes;
    private final Clock clock;

    OutcomeService(OutcomeRepository outcomes, Clock clock) {
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /**
     * Records the participant's situation at the checkpoint. Idempotent: the same enrolment and checkpoint recorded again
     * (a retried step, a later correction) replaces the previous values.
     */
    @Transactional
    public Outcome record(RecordOutcome command) {
        Outcome outcome = outcomes.findByEnrolmentIdAndCheckpoint(command.enrolmentId(), command.checkpoint())
                .orElseGet(() -> new Outcome(command.enrolmentId(), command.operationId(), command.checkpoint()));
        outcome.record(command.situation(), command.outcomeClass(), command.source(), command.recordedBy(), clock.instant());
        return outcomes.save(outcome);
    }

    /** The operation's outcomes by enrolment, in enrolment then checkpoint order. */
    @Transactional(readOnly = true)
    public Map<Long, List<Outcome>> outcomesOf(long operationId) {
        Map<Long, List<Outcome>> byEnrolment = new LinkedHashMap<>();
        outcomes.findByOperationIdOrderByEnrolmentIdAscCheckpointAsc(operationId)
                .forEach(outcome -> byEnrolment.computeIfAbsent(outcome.getEnrolmentId(), id -> new ArrayList<>()).add(outcome));
        return byEnrolment;
    }

    /** A situation to record for one enrolment at one checkpoint, with its class and who gave it. */
    public record RecordOutcome(long enrolmentId, long operationId, Checkpoint checkpoint, Situation situation,
            OutcomeClass outcomeClass, OutcomeSource source, String recordedBy) {
    }
}
