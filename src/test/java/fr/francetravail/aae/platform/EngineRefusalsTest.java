package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.StateConflictException;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** The shapes in which refusals come out of the engine and its REST resources, and what each answers. */
class EngineRefusalsTest {

    @Test
    void aDomainRefusalWrappedByTheEngineAndTheResourceNamesItsField() {
        InvalidInputException invalid = new InvalidInputException("candidates[0].email", "adresse invalide");
        RestException wrapped = new RestException(Status.INTERNAL_SERVER_ERROR, new ProcessEngineException(
                "ENGINE-03051 There was an exception while invoking the TaskListener",
                new FormFieldValidationException(invalid.violations(), "Formulaire refusé : " + invalid.getMessage(), invalid)),
                "Cannot submit task form 5b1c: ENGINE-03051 …");

        ProblemDetail problem = EngineRefusals.problemOf(wrapped).orElseThrow();

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo("candidates[0].email : adresse invalide");
        assertThat(problem.getProperties()).containsEntry("errors",
                List.of(Map.of("field", "candidates[0].email", "message", "adresse invalide")));
    }

    @Test
    void anEngineRefusalKeepsItsOwnFrenchMessageWithoutTheWrappers() {
        ProblemDetail query = EngineRefusals.problemOf(new BadUserRequestException("Expression refusée dans la requête : ${x}")).orElseThrow();
        ProblemDetail form = EngineRefusals.problemOf(new ProcessEngineException("ENGINE-03051 …",
                new FormFieldValidationException(List.of("lumpSum"), "Formulaire refusé : ces valeurs ne peuvent pas être modifiées : lumpSum")))
                .orElseThrow();

        assertThat(query.getStatus()).isEqualTo(400);
        assertThat(query.getDetail()).isEqualTo("Expression refusée dans la requête : ${x}");
        assertThat(form.getDetail()).isEqualTo("Formulaire refusé : ces valeurs ne peuvent pas être modifiées : lumpSum");
    }

    @Test
    void aMissingAuthorizationNamesNoResource() {
        ProblemDetail problem = EngineRefusals.problemOf(new AuthorizationException("tpetit", "UPDATE", "Task", "5b1c-instance")).orElseThrow();

        assertThat(problem.getStatus()).isEqualTo(403);
        assertThat(problem.getDetail()).isEqualTo("Votre profil ne permet pas cette action");
    }

    @Test
    void anotherRegionsTaskIsNotFoundAndNamesNothing() {
        ProblemDetail problem = EngineRefusals.problemOf(new ProcessEngineException(
                "ENGINE-13034 Cannot work on task '42' because it belongs to no authenticated tenant.")).orElseThrow();
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getDetail()).isEqualTo("Introuvable");
    }

    @Test
    void aStateConflictIsA409() {
        assertThat(EngineRefusals.problemOf(new ProcessEngineException("x", new StateConflictException("déjà fait"))).orElseThrow().getStatus())
                .isEqualTo(409);
    }

    @Test
    void failuresAreNoRefusals() {
        assertThat(EngineRefusals.isRefusal(new ProcessEngineException("ENGINE-03051 …", new IllegalStateException("bug")))).isFalse();
        assertThat(EngineRefusals.isRefusal(new InvalidRequestException(Status.BAD_REQUEST, "Cannot convert value"))).isFalse();
        assertThat(EngineRefusals.isRefusal(new NullPointerException())).isFalse();
    }

    @Test
    void aStatusTheResourceChoseIsKept() {
        EngineRefusalMapper.OfRestResources mapper = new EngineRefusalMapper.OfRestResources();

        assertThat(mapper.isMappable(new InvalidRequestException(Status.NOT_FOUND, new BadUserRequestException("inconnue"), "No matching definition")))
                .isFalse();
        assertThat(mapper.isMappable(new RestException(Status.INTERNAL_SERVER_ERROR, new BadUserRequestException("refusé"), "Cannot…")))
                .isTrue();
    }
}
