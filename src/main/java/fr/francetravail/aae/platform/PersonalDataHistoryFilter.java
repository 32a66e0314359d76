package fr.francetravail.aae.platform;

import static fr.francetravail.aae.operation.OperationProcess.Variables.BILAN_COURSE_OF_ACTION;
import static fr.francetravail.aae.operation.OperationProcess.Variables.BILAN_IMPROVEMENTS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.BILAN_STRENGTHS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.CANDIDATES;
import static fr.francetravail.aae.operation.OperationProcess.Variables.EMPLOYERS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FOLLOW_UP_COMMENT;
import static fr.francetravail.aae.operation.OperationProcess.Variables.MEETING_RESULTS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.WITHDRAWAL_REASON;
import static fr.francetravail.aae.payment.PaymentProcess.Variables.PAYMENT_COMMENT;
import static fr.francetravail.aae.payment.PaymentProcess.Variables.PAYMENT_FILE_COMMENT;
import static fr.francetravail.aae.survey.SurveyTasks.Variables.COMMENT;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.CompositeDbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps personal data out of Camunda's history. A few form fields carry it by nature (the candidates a counsellor types
 * in, a follow-up note, a withdrawal reason, the employers' contacts, the participants' meeting results, the bilan's
 * free text, a survey comment, the payment file's and the manager's comments): their
 * listener hands them to the domain and removes them in the same transaction, so the runtime tables never hold them,
 * and this handler drops their history events, so neither
 * {@code ACT_HI_VARINST} nor {@code ACT_HI_DETAIL} ever does.
 */
@Component
class PersonalDataHistoryFilter extends AbstractProcessEnginePlugin {

    static final Set<String> PERSONAL_FIELDS = Set.of(CANDIDATES, FOLLOW_UP_COMMENT, WITHDRAWAL_REASON, EMPLOYERS, MEETING_RESULTS,
            BILAN_COURSE_OF_ACTION, BILAN_STRENGTHS, BILAN_IMPROVEMENTS, COMMENT, PAYMENT_FILE_COMMENT, PAYMENT_COMMENT);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        HistoryEventHandler history = configuration.getHistoryEventHandler() != null ? configuration.getHistoryEventHandler()
                : configuration.isEnableDefaultDbHistoryEventHandler()
                        ? new CompositeDbHistoryEventHandler(configuration.getCustomHistoryEventHandlers())
                        : new CompositeHistoryEventHandler(configuration.getCustomHistoryEventHandlers());
        configuration.setHistoryEventHandler(new Filter(history));
    }

    static boolean isPersonal(HistoryEvent event) {
        return event instanceof HistoricVariableUpdateEventEntity variable && PERSONAL_FIELDS.contains(variable.getVariableName())
                || event instanceof HistoricFormPropertyEventEntity property && PERSONAL_FIELDS.contains(property.getPropertyId());
    }

    private record Filter(HistoryEventHandler history) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isPersonal(event)) {
                history.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            history.handleEvents(events.stream().filter(event -> !isPersonal(event)).toList());
        }
    }
}
