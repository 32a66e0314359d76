package fr.francetravail.aae.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.common.NotFoundException;
import fr.francetravail.aae.common.StateConflictException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of {@code /api} as RFC 9457 problem details; a refused field is named with its reason. */
@RestControllerAdvice(basePackages = "fr.francetravail.aae")
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    /** SQLState class of data exceptions: a value the database cannot store. */
    private static final String DATA_EXCEPTION = "22";

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return Problems.badRequest(e.violations());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.notFound(e.getMessage());
    }

    @ExceptionHandler(StateConflictException.class)
    ProblemDetail conflict(StateConflictException e) {
        return Problems.conflict(e.getMessage());
    }

    /**
     * A concurrent change or a unique/foreign key conflict is 409. A value the database refuses (SQLState class 22: a NUL
     * byte, a value out of range) is no conflict: validation should have refused it first; if it did not, 400.
     */
    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    ProblemDetail concurrentChange(DataAccessException e) {
        if (sqlState(e).startsWith(DATA_EXCEPTION)) {
            logger.warn("Valeur refusée par la base de données, non arrêtée par la validation : " + e.getMostSpecificCause().getMessage());
            return Problems.badRequest(List.of(new FieldViolation("(corps)", "valeur refusée")));
        }
        logger.warn("Conflit de données", e);
        return Problems.conflict("La ressource a été modifiée entre-temps ou est encore utilisée : rechargez-la et recommencez");
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.badRequest(List.of(unreadable(e))));
    }

    /** A query or path parameter of the wrong type: named, with the accepted values of an enum. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        String message = "valeur « " + e.getValue() + " » invalide" + (type != null && type.isEnum()
                ? " (valeurs possibles : " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .collect(Collectors.joining(", ")) + ")" : "");
        return ResponseEntity.badRequest().body(Problems.badRequest(List.of(new FieldViolation(field, message))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.badRequest(List.of(new FieldViolation(e.getParameterName(), "est obligatoire"))));
    }

    private static FieldViolation unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonParseException parse) {
            return new FieldViolation("(corps)", "JSON mal formé, ligne " + parse.getLocation().getLineNr()
                    + " colonne " + parse.getLocation().getColumnNr());
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return StrictJson.violation(mapping);
        }
        return new FieldViolation("(corps)", "corps de requête JSON absent ou illisible");
    }
}
