package fr.francetravail.aae.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The variables a Camunda Form (form-js schema) submits: the first segment of each field's {@code key} and of each
 * container's {@code path} (a dynamic list or a group with a path submits one variable holding its fields); the fields
 * of a group without a path are submitted as variables of their own.
 */
final class FormFieldKeys {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormFieldKeys() {
    }

    static Set<String> of(byte[] schema) {
        try {
            Set<String> keys = new TreeSet<>();
            collect(JSON.readTree(schema).path("components"), keys);
            return Set.copyOf(keys);
        } catch (IOException e) {
            throw new UncheckedIOException("Formulaire déployé illisible", e);
        }
    }

    private static void collect(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            String name = component.hasNonNull("path") ? component.get("path").asText() : component.path("key").asText("");
            if (!name.isBlank()) {
                keys.add(name.split("\\.")[0]);
            } else {
                collect(component.path("components"), keys);
            }
        }
    }
}
