package fr.francetravail.aae.employermeeting;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests taken in one go (all or none), and how their users name each field, so that every refusal says which entry
 * and which field: {@code employers[0].offers[1].title} for JSON clients, « entreprise n° 1 (offre n° 2 : intitulé) »
 * in a form.
 */
interface RequestBatch<T> {

    List<T> requests();

    /** The name users see for {@code property} (possibly nested: {@code offers[1].title}) of the entry at {@code index}. */
    String field(int index, String property);

    /** A JSON list, named as in the body. */
    static <T> RequestBatch<T> json(String name, List<T> requests) {
        return new Json<>(name, requests == null ? List.of() : requests);
    }

    /** A form's dynamic list: entries by their number, fields by their French label. */
    static <T> RequestBatch<T> form(String entry, Map<String, String> labels, List<T> requests) {
        return new Form<>(entry, labels, requests);
    }

    record Json<T>(String name, List<T> requests) implements RequestBatch<T> {

        @Override
        public String field(int index, String property) {
            return name + "[" + index + "]" + (property == null ? "" : "." + property);
        }
    }

    record Form<T>(String entry, Map<String, String> labels, List<T> requests) implements RequestBatch<T> {

        private static final Pattern NESTED = Pattern.compile("(\\w+)\\[(\\d+)\\](?:\\.(\\w+))?");

        @Override
        public String field(int index, String property) {
            return entry + " n° " + (index + 1) + (property == null ? "" : " (" + label(property) + ")");
        }

        private String label(String property) {
            Matcher nested = NESTED.matcher(property);
            if (nested.matches()) {
                String item = labels.getOrDefault(nested.group(1), nested.group(1)) + " n° " + (Integer.parseInt(nested.group(2)) + 1);
                return nested.group(3) == null ? item : item + " : " + labels.getOrDefault(nested.group(3), nested.group(3));
            }
            return labels.getOrDefault(property, property);
        }
    }
}
