package fr.francetravail.aae.platform;

import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The service's RFC 9457 problem details, the same through {@code /api} and through the engine's REST APIs. */
final class Problems {

    static final String FORBIDDEN = "Votre profil ne permet pas cette action";

    private Problems() {
    }

    /** A 400 naming each refused field with its reason, in {@code errors}. */
    static ProblemDetail badRequest(List<FieldViolation> violations) {
        ProblemDetail problem = badRequest(violations.stream().map(FieldViolation::toString).collect(Collectors.joining(" ; ")));
        problem.setProperty("errors", violations.stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList());
        return problem;
    }

    /** A 400 whose reason names no single field. */
    static ProblemDetail badRequest(String detail) {
        return problem(HttpStatus.BAD_REQUEST, "Requête invalide", detail);
    }

    static ProblemDetail unauthorized() {
        return problem(HttpStatus.UNAUTHORIZED, "Authentification requise", "Authentification requise : identifiants Camunda en HTTP Basic");
    }

    static ProblemDetail forbidden() {
        return forbidden(FORBIDDEN);
    }

    /** A 403 with its own reason, for refusals that are not about the user's profile. */
    static ProblemDetail forbidden(String detail) {
        return problem(HttpStatus.FORBIDDEN, "Accès refusé", detail);
    }

    static ProblemDetail tooManyRequests(String detail) {
        return problem(HttpStatus.TOO_MANY_REQUESTS, "Trop de tentatives de connexion", detail);
    }

    static ProblemDetail notFound(String detail) {
        return problem(HttpStatus.NOT_FOUND, "Ressource introuvable", detail);
    }

    static ProblemDetail conflict(String detail) {
        return problem(HttpStatus.CONFLICT, "Conflit avec l'état actuel", detail);
    }

    /** A 422: a well-formed request that contradicts what the service already holds for it. */
    static ProblemDetail unprocessable(String detail) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Requête impossible à traiter", detail);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
