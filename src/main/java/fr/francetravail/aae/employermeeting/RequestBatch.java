package fr.francetravail.aae.employermeeting;

import java.util.List;

/**
 * Requests taken in one go (all or none), and how they name each field, so that every refusal says which entry and which
 * field: {@code employers[0].offers[1].title}, in a JSON body as in a form's dynamic list (whose labels the user reads).
 */
interface RequestBatch<T> {

    List<T> requests();

    /** The name users see for {@code property} (possibly nested: {@code offers[1].title}) of the entry at {@code index}. */
    String field(int index, String property);

    /** A JSON list, named as in the body. */
    static <T> RequestBatch<T> json(String name, List<T> requests) {
        return new Json<>(name, requests == null ? List.of() : requests);
    }

    record Json<T>(String name, List<T> requests) implements RequestBatch<T> {

        @Override
        public String field(int index, String property) {
            return name + "[" + index + "]" + (property == null ? "" : "." + property);
        }
    }

}
