package fr.francetravail.aae.platform;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * One locked external task as a handler sees it: its id, the business key (the operation reference) and the variables
 * the handler asked for.
 */
public record ExternalTaskInput(String id, String businessKey, Map<String, Object> variables) {

    public ExternalTaskInput {
        variables = Map.copyOf(variables);
    }

    public long longValue(String name) {
        if (!(variables.get(name) instanceof Number number)) {
            throw new ProcessEngineException("Variable « " + name + " » absente ou non numérique : " + variables.get(name));
        }
        return number.longValue();
    }

    public String text(String name) {
        Object value = variables.get(name);
        if (value == null) {
            throw new ProcessEngineException("Variable « " + name + " » absente");
        }
        return value.toString();
    }
}
