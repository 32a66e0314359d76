package fr.francetravail.aae.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401, 403, 429 and the filters' other refusals as RFC 9457 problem details, like every other error of the API. */
@Component
class ProblemSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    ProblemSecurityHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"AAE\", charset=\"UTF-8\"");
        unauthorized(request, response);
    }

    /** The 401 without the Basic challenge, for the service's own pages: the browser opens no login prompt. */
    void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, Problems.unauthorized());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(request, response, Problems.forbidden());
    }

    /** A 403 with its own reason, for refusals that are not about the user's profile. */
    void forbid(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        write(request, response, Problems.forbidden(detail));
    }

    /** A 429 for a client address that has failed too many password checks: when it may try again, in seconds. */
    void tooManyFailedLogins(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        write(request, response, Problems.tooManyRequests(
                "Trop de tentatives de connexion échouées depuis votre adresse : réessayez dans %d s".formatted(seconds)));
    }

    /** Any refusal a filter answers before Spring MVC could (e.g. a body too large). */
    void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
