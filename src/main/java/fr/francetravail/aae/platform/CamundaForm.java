package fr.francetravail.aae.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deployed Camunda Form (form-js schema): the variables it submits and the labels its user reads.
 * <p>
 * The variables are the first segment of each field's {@code key} and of each container's {@code path} (a dynamic list
 * or a group with a path submits one variable holding its fields); the fields of a group without a path are submitted
 * as variables of their own.
 * <p>
 * A field's label is its {@code label} (a date field's {@code dateLabel}). A row of a dynamic list is named after the
 * list's custom property {@code itemLabel} (else the list's label) and its number: {@code candidates[1].franceTravailId}
 * is « Candidat n° 2 – Identifiant France Travail ».
 */
final class CamundaForm {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SEGMENT = Pattern.compile("(\\w+)(?:\\[(\\d+)])?");

    private final Set<String> variables;
    /** Label of each field or list by its path, rows written {@code list[]}: {@code candidates[].email}. */
    private final Map<String, String> labels;
    /** The name of one row of each dynamic list, by the list's path. */
    private final Map<String, String> items;

    private CamundaForm(Set<String> variables, Map<String, String> labels, Map<String, String> items) {
        this.variables = Set.copyOf(variables);
        this.labels = Map.copyOf(labels);
        this.items = Map.copyOf(items);
    }

    static CamundaForm of(byte[] schema) {
        try {
            Set<String> variables = new TreeSet<>();
            Map<String, String> labels = new HashMap<>();
            Map<String, String> items = new HashMap<>();
            collect(JSON.readTree(schema).path("components"), "", variables, labels, items);
            return new CamundaForm(variables, labels, items);
        } catch (IOException e) {
            throw new UncheckedIOException("Formulaire déployé illisible", e);
        }
    }

    /** The variables the form submits. */
    Set<String> variables() {
        return variables;
    }

    /** What the form's user reads for the submitted field {@code path} ({@code employers[0].offers[1].title}); null if the form has no such field. */
    String label(String path) {
        if (labels.containsKey(path)) {
            return labels.get(path);
        }
        List<String> parts = new ArrayList<>();
        String prefix = "";
        for (String segment : path.split("\\.", -1)) {
            Matcher matcher = SEGMENT.matcher(segment);
            if (!matcher.matches()) {
                return null;
            }
            String name = prefix + matcher.group(1);
            if (matcher.group(2) != null) {
                String item = items.get(name);
                if (item == null) {
                    return null;
                }
                parts.add(item + " n° " + (Integer.parseInt(matcher.group(2)) + 1));
                prefix = name + "[].";
            } else {
                String label = labels.get(name);
                if (label == null) {
                    return null;
                }
                parts.add(label);
                prefix = name + ".";
            }
        }
        return String.join(" – ", parts);
    }

    private static void collect(JsonNode components, String prefix, Set<String> variables, Map<String, String> labels,
            Map<String, String> items) {
        for (JsonNode component : components) {
            String name = component.hasNonNull("path") ? component.get("path").asText() : component.path("key").asText("");
            if (name.isBlank()) {
                collect(component.path("components"), prefix, variables, labels, items);
                continue;
            }
            if (prefix.isEmpty()) {
                variables.add(name.split("\\.")[0]);
            }
            String path = prefix + name;
            String label = component.hasNonNull("label") ? component.get("label").asText() : component.path("dateLabel").asText("");
            if (!label.isBlank()) {
                labels.put(path, label);
            }
            if ("dynamiclist".equals(component.path("type").asText())) {
                items.put(path, component.path("properties").path("itemLabel").asText(label));
                collect(component.path("components"), path + "[].", variables, labels, items);
            } else if (component.has("components")) {
                collect(component.path("components"), path + ".", variables, labels, items);
            }
        }
    }
}
