package fr.francetravail.aae.cohort;

import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The candidates of a CSV file, each with the physical line it starts on ({@code lines.get(i)} for candidate i), and the
 * faults that kept lines out of it.
 */
record CsvCandidates(List<CandidateRequest> candidates, List<Integer> lines, List<FieldViolation> readingViolations)
        implements CandidateBatch {

    CsvCandidates {
        candidates = List.copyOf(candidates);
        lines = List.copyOf(lines);
        readingViolations = List.copyOf(readingViolations);
    }

    @Override
    public String field(int index, String property) {
        String line = "ligne " + lines.get(index);
        return property == null ? line
                : line + " (colonne " + Column.ofProperty(property).map(Column::header).orElse(property) + ")";
    }

    /** The file's columns, by the name counsellors write in the header, and the candidate property each fills. */
    enum Column {
        FRANCE_TRAVAIL_ID("identifiant_france_travail", "franceTravailId", true),
        LAST_NAME("nom", "lastName", true),
        FIRST_NAME("prenom", "firstName", true),
        EMAIL("email", "email", true),
        PHONE("telephone", "phone", false),
        BIRTH_YEAR("annee_naissance", "birthYear", true),
        REGISTERED_SINCE("date_inscription", "registeredSince", true),
        RSA("rsa", "rsaBeneficiary", false),
        QPV("qpv", "qpvResident", false),
        RQTH("rqth", "recognisedDisability", false);

        private final String header;
        private final String property;
        private final boolean required;

        Column(String header, String property, boolean required) {
            this.header = header;
            this.property = property;
            this.required = required;
        }

        String header() {
            return header;
        }

        boolean required() {
            return required;
        }

        /** The column a header cell names, whatever its case, accents, and spaces or hyphens for underscores. */
        static Optional<Column> named(String name) {
            String key = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            return Arrays.stream(values()).filter(column -> column.header.equals(key)).findFirst();
        }

        static Optional<Column> ofProperty(String property) {
            return Arrays.stream(values()).filter(column -> column.property.equals(property)).findFirst();
        }

        static String headers() {
            return Arrays.stream(values()).map(Column::header).collect(Collectors.joining(", "));
        }
    }
}
