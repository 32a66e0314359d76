package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.common.StateConflictException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** The one place where a domain refusal becomes a form's refusal, its fields named as the form names them. */
class ProcessGlueTest {

    private static final FormFields SURVEY_FORM = FormFields.renamed(Map.of("satisfaction", "surveySatisfaction"));

    @Test
    void aDomainRefusalIsRefusedOnTheFormsFieldsEachRenamedOrKept() {
        FormFieldValidationException refused = catchThrowableOfType(FormFieldValidationException.class,
                () -> ProcessGlue.onBehalfOfForm(SURVEY_FORM, () -> {
                    throw new InvalidInputException(List.of(new FieldViolation("satisfaction", "est obligatoire"),
                            new FieldViolation("comment", "1000 caractères au plus (1001 saisis)")));
                }));

        ProblemDetail problem = EngineRefusals.problemOf(refused).orElseThrow();
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).containsEntry("errors", List.of(
                Map.of("field", "surveySatisfaction", "message", "est obligatoire"),
                Map.of("field", "comment", "message", "1000 caractères au plus (1001 saisis)")));
    }

    @Test
    void withoutRenamingTheFormKeepsTheDomainsNamesAndAConflictStaysAConflict() {
        FormFieldValidationException refused = catchThrowableOfType(FormFieldValidationException.class,
                () -> ProcessGlue.onBehalfOfForm(() -> {
                    throw new InvalidInputException("satisfaction", "est obligatoire");
                }));
        assertThat(EngineRefusals.problemOf(refused).orElseThrow().getDetail()).isEqualTo("satisfaction : est obligatoire");

        ProcessEngineException conflict = catchThrowableOfType(ProcessEngineException.class,
                () -> ProcessGlue.onBehalfOfForm(SURVEY_FORM, () -> {
                    throw new StateConflictException("L'enquête est déjà close");
                }));
        assertThat(conflict).isNotInstanceOf(FormFieldValidationException.class).hasMessage("L'enquête est déjà close");
        assertThat(ProcessGlue.onBehalfOfForm(SURVEY_FORM, () -> 42)).isEqualTo(42);
    }
}
