package fr.francetravail.aae.outcome;

import fr.francetravail.aae.cohort.ParticipantCard;
import fr.francetravail.aae.platform.FormDisplayData;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** « Qualifier la situation » shows the participant the counsellor must reach, as the cohort's tasks do. */
@Component
class ParticipantToQualify implements FormDisplayData {

    private final ParticipantCard card;

    ParticipantToQualify(ParticipantCard card) {
        this.card = card;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of(OutcomeFollowUpProcess.TASK_QUALIFY_SITUATION);
    }

    @Override
    public Map<String, Object> valuesFor(DelegateTask task) {
        return card.of(task);
    }
}
