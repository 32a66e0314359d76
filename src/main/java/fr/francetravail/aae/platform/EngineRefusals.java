package fr.francetravail.aae.platform;

import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.NotFoundException;
import fr.francetravail.aae.common.StateConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.http.ProblemDetail;

/**
 * Tells a user's refusal from a failure among the exceptions the engine throws. The engine wraps what a listener
 * throws (« ENGINE-03051 There was an exception while invoking the TaskListener… ») and the REST resources wrap that
 * again (« Cannot submit task form &lt;id&gt;: … »), so the cause chain is read: a domain refusal ({@link InvalidInputException},
 * {@link StateConflictException}, {@link NotFoundException}) or an engine one ({@link AuthorizationException}, whose
 * text names the resource, never shown) decides wherever it is, and so does the engine's tenant check refusing a task,
 * an instance or a job of a region the user is not a member of ({@link #OTHER_REGION}): not found, as the queries
 * answer for it; else a {@link FormFieldValidationException} or a
 * {@link BadUserRequestException} is a 400 with its own message. Anything else is a failure.
 */
final class EngineRefusals {

    /** « ENGINE-13034 Cannot … because it belongs to no authenticated tenant. »: a plain ProcessEngineException. */
    static final String OTHER_REGION = "ENGINE-13034";

    private EngineRefusals() {
    }

    static boolean isRefusal(Throwable thrown) {
        return problemOf(thrown).isPresent();
    }

    /** The problem detail a refusal answers, without the engine's wrappers nor any internal id; empty for a failure. */
    static Optional<ProblemDetail> problemOf(Throwable thrown) {
        List<Throwable> chain = causes(thrown);
        for (Throwable cause : chain) {
            if (cause instanceof InvalidInputException invalid) {
                return Optional.of(Problems.badRequest(invalid.violations()));
            }
            if (cause instanceof StateConflictException) {
                return Optional.of(Problems.conflict(cause.getMessage()));
            }
            if (cause instanceof NotFoundException) {
                return Optional.of(Problems.notFound(cause.getMessage()));
            }
            if (cause instanceof AuthorizationException) {
                return Optional.of(Problems.forbidden());
            }
            if (cause instanceof ProcessEngineException && cause.getMessage() != null && cause.getMessage().startsWith(OTHER_REGION)) {
                return Optional.of(Problems.notFound("Introuvable"));
            }
        }
        return chain.stream().filter(cause -> cause instanceof FormFieldValidationException || cause instanceof BadUserRequestException)
                .findFirst().map(cause -> Problems.badRequest(cause.getMessage()));
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = thrown; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
