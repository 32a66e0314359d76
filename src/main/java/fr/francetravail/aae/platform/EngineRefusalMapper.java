package fr.francetravail.aae.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Answers the engine's refusals ({@link EngineRefusals}) in its REST APIs, {@code /engine-rest} and the webapps' engine
 * API, as the French problem details {@code /api} gives, instead of Camunda's 500 with its English wrappers and the
 * ids of the resources. The body keeps a {@code message} with the same text as {@code detail}: Tasklist and Cockpit
 * show the {@code message} of an error. Its {@code type} is no longer Camunda's « AuthorizationException », so the
 * webapps show their own « action denied » text instead of expecting the resource's id. A refusal is logged on one
 * INFO line; anything else is left to Camunda's mappers. Registered by {@link EngineRestConfiguration}: one subclass
 * per exception root Camunda maps, at a priority that puts it before Camunda's mapper of the same type.
 */
abstract class EngineRefusalMapper<E extends RuntimeException> implements ExtendedExceptionMapper<E> {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRefusalMapper.class);
    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

    @Override
    public boolean isMappable(E exception) {
        return EngineRefusals.isRefusal(exception);
    }

    @Override
    public Response toResponse(E exception) {
        ProblemDetail problem = EngineRefusals.problemOf(exception).orElseThrow();
        problem.setProperty("message", problem.getDetail());
        LOG.info("Requête refusée ({}) : {}", problem.getStatus(), refusedFields(problem));
        try {
            return Response.status(problem.getStatus()).type(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .entity(JSON.writeValueAsString(problem)).build();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields, not their values: what a user typed may be personal data. */
    private static Object refusedFields(ProblemDetail problem) {
        Object errors = problem.getProperties() == null ? null : problem.getProperties().get("errors");
        return errors instanceof List<?> list ? list.stream().map(error -> ((Map<?, ?>) error).get("field")).toList()
                : problem.getTitle();
    }

    /** Camunda's REST resources wrap what the engine throws in a {@link RestException}. */
    @Priority(Priorities.USER - 1)
    public static final class OfRestResources extends EngineRefusalMapper<RestException> {

        /** A status the resource chose itself (404 for an unknown definition…) is kept. */
        @Override
        public boolean isMappable(RestException exception) {
            int status = exception.getStatus() == null ? 500 : exception.getStatus().getStatusCode();
            return (status == 400 || status == 500) && super.isMappable(exception);
        }
    }

    /** What the engine throws and the resources let through (authorizations, queries). */
    @Priority(Priorities.USER - 1)
    public static final class OfEngine extends EngineRefusalMapper<ProcessEngineException> {
    }
}
