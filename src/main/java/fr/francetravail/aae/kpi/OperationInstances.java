package fr.francetravail.aae.kpi;

import fr.francetravail.aae.operation.OperationProcess;
import fr.francetravail.aae.platform.EngineSystem;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/** The {@code aae-operation} instance of an operation, running or ended, for a link into Cockpit. No figure comes from here. */
@Component
class OperationInstances {

    private final HistoryService history;
    private final EngineSystem system;

    OperationInstances(HistoryService history, EngineSystem system) {
        this.history = history;
        this.system = system;
    }

    /** The latest instance's id, or {@code null} when the operation never had one. */
    String idOf(String reference) {
        return system.call(() -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(OperationProcess.KEY)
                .processInstanceBusinessKey(reference)
                .orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).stream().findFirst().map(HistoricProcessInstance::getId).orElse(null));
    }
}
