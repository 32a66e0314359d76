package fr.francetravail.aae.platform;

import java.util.Map;

/**
 * How a form names the fields a domain refusal names. Domain services name the fields of their own requests
 * ({@code satisfaction}, {@code workshopDates[2]}); a form may call them otherwise (its variables, or labels a user
 * reads). {@link ProcessGlue#onBehalfOfForm(FormFields, java.util.function.Supplier)} is the one place that renames
 * them, so a listener never catches and rebuilds a domain error itself.
 */
@FunctionalInterface
public interface FormFields {

    /** The form's name for the domain's field. */
    String of(String domainField);

    /** The form names its fields as the domain does. */
    FormFields SAME = field -> field;

    /** The form renames these fields; any other keeps the domain's name. */
    static FormFields renamed(Map<String, String> formNameOfDomainField) {
        Map<String, String> names = Map.copyOf(formNameOfDomainField);
        return field -> names.getOrDefault(field, field);
    }
}
