package fr.francetravail.aae.platform;

import java.util.Map;

/**
 * How a form names the fields a domain refusal names. Domain services name the fields of their own requests
 * ({@code satisfaction}, {@code workshopDates[2]}); a form's variables may be called otherwise ({@code surveySatisfaction}).
 * {@link ProcessGlue#onBehalfOfForm(FormFields, java.util.function.Supplier)} is the one place that renames them, so a
 * listener never catches and rebuilds a domain error itself; the user then reads the deployed form's label of the field.
 */
@FunctionalInterface
public interface FormFields {

    /** The form's name for the domain's field. */
    String of(String domainField);

    /**
     * What the user reads for a refused field the form has no field for (a value the form computes from others);
     * null for the deployed form's own label.
     */
    default String labelOf(String formField) {
        return null;
    }

    /** The form names its fields as the domain does. */
    FormFields SAME = field -> field;

    /** The form renames these fields; any other keeps the domain's name. */
    static FormFields renamed(Map<String, String> formNameOfDomainField) {
        Map<String, String> names = Map.copyOf(formNameOfDomainField);
        return field -> names.getOrDefault(field, field);
    }
}
