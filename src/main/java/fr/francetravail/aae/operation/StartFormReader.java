package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.AGENCY_CODE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FORM_DISCIPLINE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FORM_EMPLOYER_MEETING_DATE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FORM_WORKSHOPS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FORM_WORKSHOP_DATE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNER_SLUG;
import static fr.francetravail.aae.operation.OperationProcess.Variables.TARGET_GROUP_SIZE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.VENUE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns the Tasklist start form's values into a {@link ProposeOperationCommand}. Values that cannot even be read
 * (a malformed date, an unknown discipline) are refused here with the field's name; the rest is the domain's job.
 */
@Component
class StartFormReader {

    private final ObjectMapper json;

    StartFormReader(ObjectMapper json) {
        this.json = json;
    }

    ProposeOperationCommand read(Map<String, Object> form) {
        List<FieldViolation> violations = new ArrayList<>();
        ArtDiscipline discipline = discipline(form.get(FORM_DISCIPLINE), violations);
        List<LocalDate> workshopDates = workshopDates(form.get(FORM_WORKSHOPS), violations);
        LocalDate meeting = date(FORM_EMPLOYER_MEETING_DATE, form.get(FORM_EMPLOYER_MEETING_DATE), violations);
        Integer groupSize = integer(TARGET_GROUP_SIZE, form.get(TARGET_GROUP_SIZE), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new ProposeOperationCommand(text(form.get(PARTNER_SLUG)), text(form.get(AGENCY_CODE)), text(form.get(VENUE)),
                discipline, workshopDates, meeting, groupSize);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().trim();
    }

    private static ArtDiscipline discipline(Object value, List<FieldViolation> violations) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return ArtDiscipline.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(FORM_DISCIPLINE, "discipline inconnue : « " + value + " »"));
            return null;
        }
    }

    private List<LocalDate> workshopDates(Object value, List<FieldViolation> violations) {
        if (value == null) {
            return null;
        }
        JsonNode list;
        try {
            list = value instanceof CharSequence || !(value instanceof Iterable<?>)
                    ? json.readTree(value.toString()) : json.valueToTree(value);
        } catch (JsonProcessingException e) {
            violations.add(new FieldViolation("workshopDates", "liste d'ateliers illisible"));
            return null;
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode date = list.get(i).get(FORM_WORKSHOP_DATE);
            dates.add(date(
                    "workshopDates[" + i + "]", date == null || date.isNull() ? null : date.asText(), violations));
        }
        return dates;
    }

    private static LocalDate date(String field, Object value, List<FieldViolation> violations) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "date illisible : « " + value + " » (attendu AAAA-MM-JJ)"));
            return null;
        }
    }

    private static Integer integer(String field, Object value, List<FieldViolation> violations) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return value instanceof Number number ? Integer.valueOf(number.intValue()) : Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            violations.add(new FieldViolation(field, "doit être un nombre entier"));
            return null;
        }
    }
}
