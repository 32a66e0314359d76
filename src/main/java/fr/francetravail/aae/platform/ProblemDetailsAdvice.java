package fr.francetravail.aae.platform;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import fr.francetravail.aae.common.InvalidInputException;
import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.common.NotFoundException;
import fr.francetravail.aae.common.StateConflictException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of {@code /api} as RFC 9457 problem details; a refused field is named with its reason. */
@RestControllerAdvice(basePackages = "fr.francetravail.aae")
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

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

    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    ProblemDetail concurrentChange(RuntimeException e) {
        logger.warn("Conflit de données", e);
        return Problems.conflict("La ressource a été modifiée entre-temps ou est encore utilisée : rechargez-la et recommencez");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.badRequest(List.of(unreadable(e))));
    }

    private static FieldViolation unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonParseException parse) {
            return new FieldViolation("(corps)", "JSON mal formé, ligne " + parse.getLocation().getLineNr()
                    + " colonne " + parse.getLocation().getColumnNr());
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).substring(1);
            return new FieldViolation(field, mapping instanceof InvalidFormatException format ? invalidValue(format)
                    : "valeur illisible");
        }
        return new FieldViolation("(corps)", "corps de requête JSON absent ou illisible");
    }

    private static String invalidValue(InvalidFormatException format) {
        String message = "valeur « " + format.getValue() + " » invalide";
        Class<?> target = format.getTargetType();
        if (target.isEnum()) {
            return message + " (valeurs possibles : " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (target == java.time.LocalDate.class) {
            return message + " (date attendue au format AAAA-MM-JJ)";
        }
        return message;
    }
}
