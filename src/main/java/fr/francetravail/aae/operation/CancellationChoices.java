package fr.francetravail.aae.operation;

import fr.francetravail.aae.common.Viewer;
import fr.francetravail.aae.platform.FormDisplayData;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** « Annuler une opération » lists the operations a manager may cancel: those of their regions whose action has not ended. */
@Component
class CancellationChoices implements FormDisplayData {

    static final String OPERATIONS = "operations";

    private final OperationService operations;
    private final OperationOptions options;

    CancellationChoices(OperationService operations, OperationOptions options) {
        this.operations = operations;
        this.options = options;
    }

    @Override
    public Set<String> processDefinitionKeys() {
        return Set.of(CancellationProcess.KEY);
    }

    @Override
    public Map<String, Object> startFormValuesFor(Viewer user) {
        return Map.of(OPERATIONS, options.of(operations.running(user).stream().filter(operation -> user.managesRegion(operation.getRegion())).toList()));
    }
}
