package fr.francetravail.aae.platform;

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
 * free text, a survey comment, the payment file's and the manager's comments), as their features declare them: their
 * listener hands them to the domain and removes them in the same transaction, so the runtime tables never hold them,
 * and this handler drops their history events, so neither
 * {@code ACT_HI_VARINST} nor {@code ACT_HI_DETAIL} ever does.
 */
@Component
class PersonalDataHistoryFilter extends AbstractProcessEnginePlugin {

    private final ProcessDeclarations declarations;

    PersonalDataHistoryFilter(ProcessDeclarations declarations) {
        this.declarations = declarations;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        HistoryEventHandler history = configuration.getHistoryEventHandler() != null ? configuration.getHistoryEventHandler()
                : configuration.isEnableDefaultDbHistoryEventHandler()
                        ? new CompositeDbHistoryEventHandler(configuration.getCustomHistoryEventHandlers())
                        : new CompositeHistoryEventHandler(configuration.getCustomHistoryEventHandlers());
        configuration.setHistoryEventHandler(new Filter(history));
    }

    private boolean isPersonal(HistoryEvent event) {
        Set<String> personal = declarations.personalDataFields();
        return event instanceof HistoricVariableUpdateEventEntity variable && personal.contains(variable.getVariableName())
                || event instanceof HistoricFormPropertyEventEntity property && personal.contains(property.getPropertyId());
    }

    private final class Filter implements HistoryEventHandler {

        private final HistoryEventHandler history;

        Filter(HistoryEventHandler history) {
            this.history = history;
        }

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
