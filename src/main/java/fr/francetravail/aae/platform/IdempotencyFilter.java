package fr.francetravail.aae.platform;

import fr.francetravail.aae.common.InvalidInputException.FieldViolation;
import fr.francetravail.aae.platform.IdempotencyKeys.Answer;
import fr.francetravail.aae.platform.IdempotencyKeys.Claimed;
import fr.francetravail.aae.platform.IdempotencyKeys.Taken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * An optional {@code Idempotency-Key} header on every {@code POST} of {@code /api} made by a user (AFDAS's signed callbacks
 * carry no user and are idempotent by their own reference), so that a client that resends a creation after a lost answer
 * does not create twice. Runs after authentication (the key is the user's) and after the body-size limit.
 * <ul>
 * <li>a key of this user not seen yet: the request runs; a success (2xx) is kept with the key (status, content type,
 * {@code Location}, body); a request that wrote nothing (a refusal, a failure before its first commit) frees the key, so
 * that it may be sent again; a failure after a commit keeps the key, unanswered;</li>
 * <li>the same key again, for the same method, path and body: the first answer, marked {@code Idempotent-Replayed: true},
 * and nothing runs; while the first request still runs, or when it wrote but its answer was lost: 409 saying which; a
 * key whose request died with its node before writing anything is taken over once its lease has passed;</li>
 * <li>the same key for another method, path or body: 422;</li>
 * <li>a key that is not 1 to {@value #MAX_LENGTH} printable ASCII characters, or given twice: 400.</li>
 * </ul>
 * Without the header nothing changes. Keys are kept in the database ({@link IdempotencyKeys}) for the configured retention.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_LENGTH = 255;

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Pattern VALID_KEY = Pattern.compile("[\\x20-\\x7E]{1," + MAX_LENGTH + "}");
    private static final PathPattern API = PathPatternParser.defaultInstance.parse("/api/**");
    private static final PathPattern AFDAS_CALLBACKS = PathPatternParser.defaultInstance.parse("/api/afdas/callbacks");

    private final IdempotencyKeys keys;
    private final ProblemSecurityHandler problems;

    IdempotencyFilter(IdempotencyKeys keys, ProblemSecurityHandler problems) {
        this.keys = keys;
        this.problems = problems;
    }

    /** Whether a request (or a documented operation, its path a template) takes the header. */
    static boolean takesKey(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return "POST".equals(method) && API.matches(container) && !AFDAS_CALLBACKS.matches(container);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null
                || !takesKey(request.getMethod(), UrlPathHelper.defaultInstance.getPathWithinApplication(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> values = Collections.list(request.getHeaders(HEADER));
        if (values.size() > 1 || !VALID_KEY.matcher(values.get(0)).matches()) {
            refuseKey(request, response, values.size() > 1);
            return;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        String user = caller.getName();
        byte[] body = request.getInputStream().readAllBytes();
        String fingerprint = fingerprint(request, body);
        IdempotencyKeys.Claim claim = keys.claim(user, values.get(0), fingerprint);
        if (claim instanceof Claimed claimed) {
            run(new BodyInMemory(request, body), response, chain, claimed.id());
            return;
        }
        Taken taken = (Taken) claim;
        if (!taken.fingerprint().equals(fingerprint)) {
            log.info("Clé d'idempotence de {} réutilisée pour une autre requête : {} {}", user, request.getMethod(), request.getRequestURI());
            problems.write(request, response, Problems.unprocessable("La clé " + HEADER + " a déjà servi à une autre requête "
                    + "(méthode, adresse ou corps différents) : une nouvelle requête demande une nouvelle clé"));
        } else if (taken.answer().isEmpty() && taken.committed()) {
            problems.write(request, response, Problems.conflict("La requête de même clé " + HEADER + " a déjà été "
                    + "enregistrée, mais sa réponse n'a pas pu être conservée : consultez la ressource plutôt que de la renvoyer"));
        } else if (taken.answer().isEmpty()) {
            problems.write(request, response, Problems.conflict("Une requête avec la même clé " + HEADER
                    + " est encore en cours : attendez sa réponse, ou renvoyez la requête plus tard pour l'obtenir"));
        } else {
            replay(taken.answer().get(), response);
        }
    }

    private void refuseKey(HttpServletRequest request, HttpServletResponse response, boolean repeated) throws IOException {
        ProblemDetail problem = Problems.badRequest(List.of(new FieldViolation(HEADER, repeated ? "doit être donné une seule fois"
                : "de 1 à " + MAX_LENGTH + " caractères ASCII imprimables (lettres, chiffres, ponctuation ; ni caractère de "
                        + "contrôle ni accent), par exemple un UUID")));
        problem.setProperty("limit", MAX_LENGTH);
        problems.write(request, response, problem);
    }

    /**
     * Runs the request under the claimed key: a success is kept for the resends; a request that wrote nothing frees the
     * key; one that failed after writing keeps it, unanswered (a resend must not write again).
     */
    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long key)
            throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean over = false;
        keys.startRunning(key);
        try {
            chain.doFilter(request, recorded);
            over = true;
        } finally {
            boolean wrote = keys.stopRunning();
            int status = recorded.getStatus();
            if (over && status >= 200 && status < 300) {
                keep(key, new Answer(status, recorded.getContentType(), recorded.getHeader(HttpHeaders.LOCATION),
                        recorded.getContentAsByteArray()));
            } else if (!wrote) {
                release(key);
            } else {
                log.info("Requête de clé d'idempotence {} en échec ({}) après avoir écrit : clé gardée sans réponse", key, status);
            }
        }
        recorded.copyBodyToResponse();
    }

    /** The request has committed: its answer goes to the client even if it cannot be kept (its resends then get 409). */
    private void keep(long key, Answer answer) {
        try {
            keys.answer(key, answer);
        } catch (DataAccessException e) {
            log.warn("Réponse de la clé d'idempotence {} non enregistrée : {}", key, e.getMessage());
        }
    }

    /** The refusal goes to the client even if the key cannot be freed (it then frees itself when it expires). */
    private void release(long key) {
        try {
            keys.release(key);
        } catch (DataAccessException e) {
            log.warn("Clé d'idempotence {} non libérée : {}", key, e.getMessage());
        }
    }

    private static void replay(Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        response.setHeader(REPLAYED, "true");
        byte[] body = answer.body() == null ? new byte[0] : answer.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** SHA-256 of the method, the path with its query and the body: what makes two requests the same. */
    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String query = request.getQueryString();
            sha256.update((request.getMethod() + "\n" + request.getRequestURI() + (query == null ? "" : "?" + query) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 absent de la JVM", e);
        }
    }
}
