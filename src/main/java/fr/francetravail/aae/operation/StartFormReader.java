package fr.francetravail.aae.operation;

import static fr.francetravail.aae.operation.OperationProcess.Variables.AGENCY_CODE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FORM_DISCIPLINE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FORM_EMPLOYER_MEETING_DATE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FORM_FIRST_WORKSHOP_DATE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FORM_NON_WORKING_DAYS_CONFIRMED;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FORM_WORKSHOP_COUNT;
import static fr.francetravail.aae.operation.OperationProcess.Variables.FORM_WORKSHOP_INTERVAL_DAYS;
import static fr.francetravail.aae.operation.OperationProcess.Variables.PARTNER_SLUG;
import static fr.francetravail.aae.operation.OperationProcess.Variables.TARGET_GROUP_SIZE;
import static fr.francetravail.aae.operation.OperationProcess.Variables.VENUE;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.common.PlausibleInput;
import fr.francetravail.aae.platform.FormFields;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Turns the Tasklist start form into a {@link ProposeOperationCommand}. The form plans the series as a first date, a
 * number of workshops and the days between two of them; the command lists the dates. Refusals name the form's fields.
 */
final class StartFormReader {

    private static final int MAX_INTERVAL_DAYS = 365;
    private static final String WORKSHOPS = "workshopDates";
    private static final Pattern WORKSHOP_FIELD = Pattern.compile(WORKSHOPS + "\\[(\\d+)]");

    /** Form values that only describe the proposal: stored in the domain, then removed from the process. */
    static final List<String> FORM_ONLY_FIELDS = List.of(FORM_DISCIPLINE, FORM_FIRST_WORKSHOP_DATE, FORM_WORKSHOP_COUNT,
            FORM_WORKSHOP_INTERVAL_DAYS, FORM_EMPLOYER_MEETING_DATE, FORM_NON_WORKING_DAYS_CONFIRMED);

    private StartFormReader() {
    }

    static ProposeOperationCommand read(Map<String, Object> form) {
        List<FieldViolation> violations = new ArrayList<>();
        ArtDiscipline discipline = discipline(form.get(FORM_DISCIPLINE), violations);
        LocalDate first = date(FORM_FIRST_WORKSHOP_DATE, form.get(FORM_FIRST_WORKSHOP_DATE), violations);
        Integer count = integer(FORM_WORKSHOP_COUNT, form.get(FORM_WORKSHOP_COUNT), violations);
        Integer interval = integer(FORM_WORKSHOP_INTERVAL_DAYS, form.get(FORM_WORKSHOP_INTERVAL_DAYS), violations);
        LocalDate meeting = date(FORM_EMPLOYER_MEETING_DATE, form.get(FORM_EMPLOYER_MEETING_DATE), violations);
        Integer groupSize = integer(TARGET_GROUP_SIZE, form.get(TARGET_GROUP_SIZE), violations);
        String partnerSlug = text(PARTNER_SLUG, form.get(PARTNER_SLUG), violations);
        String agencyCode = text(AGENCY_CODE, form.get(AGENCY_CODE), violations);
        String venue = text(VENUE, form.get(VENUE), violations);
        boolean nonWorkingDaysConfirmed = confirmed(form.get(FORM_NON_WORKING_DAYS_CONFIRMED), violations);
        if (count != null && (count < 1 || count > ProposeOperationCommand.MAX_WORKSHOPS)) {
            violations.add(new FieldViolation(FORM_WORKSHOP_COUNT, "doit être compris entre 1 et " + ProposeOperationCommand.MAX_WORKSHOPS));
        }
        if (interval != null && (interval < 1 || interval > MAX_INTERVAL_DAYS)) {
            violations.add(new FieldViolation(FORM_WORKSHOP_INTERVAL_DAYS, "doit être compris entre 1 et " + MAX_INTERVAL_DAYS + " jours"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<LocalDate> workshops = first == null || count == null || interval == null ? null
                : IntStream.range(0, count).mapToObj(i -> first.plusDays((long) i * interval)).toList();
        return new ProposeOperationCommand(partnerSlug, agencyCode, venue, discipline, workshops, meeting, groupSize,
                nonWorkingDaysConfirmed);
    }

    /**
     * Refusals as the counsellor reads them: the start form's labels, and the workshops the form computes from the first
     * date, their number and interval by their number.
     */
    static final FormFields FIELDS = new FormFields() {
        @Override
        public String of(String domainField) {
            return domainField;
        }

        @Override
        public String labelOf(String formField) {
            Matcher workshop = WORKSHOP_FIELD.matcher(formField);
            return workshop.matches() ? "Atelier n° " + (Integer.parseInt(workshop.group(1)) + 1)
                    : WORKSHOPS.equals(formField) ? "Ateliers" : null;
        }
    };

    /** A one-line text (see {@link PlausibleInput}), trimmed. */
    private static String text(String field, Object value, List<FieldViolation> violations) {
        String text = value == null ? null : value.toString().trim();
        String fault = PlausibleInput.textFault(text, false);
        if (fault != null) {
            violations.add(new FieldViolation(field, fault));
        }
        return text;
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

    private static LocalDate date(String field, Object value, List<FieldViolation> violations) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "date illisible : « " + value + " » (attendu AAAA-MM-JJ)"));
            return null;
        }
        String fault = PlausibleInput.dateFault(date);
        if (fault != null) {
            violations.add(new FieldViolation(field, fault));
            return null;
        }
        return date;
    }

    /** The checkbox: unset or false when not ticked. */
    private static boolean confirmed(Object value, List<FieldViolation> violations) {
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        violations.add(new FieldViolation(FORM_NON_WORKING_DAYS_CONFIRMED, "doit être coché ou non (true ou false)"));
        return false;
    }

    private static Integer integer(String field, Object value, List<FieldViolation> violations) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.intValue();
        }
        try {
            return Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            violations.add(new FieldViolation(field, "doit être un nombre entier"));
            return null;
        }
    }
}
