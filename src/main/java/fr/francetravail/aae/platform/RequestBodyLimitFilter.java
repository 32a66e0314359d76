package fr.francetravail.aae.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every request body of the service within its path's limit ({@link RequestBodySettings}), checked first of all filters,
 * before authentication and before anything parses the body. A declared {@code Content-Length} above the limit is refused
 * (413) without reading a byte; a body sent without length (chunked) is read up to the limit and refused as soon as it
 * goes beyond, else handed on from memory. A form sent without length is refused (411): Tomcat parses forms from the
 * connection itself, where no limit of this filter would apply, and browsers always send the length.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestBodyLimitFilter.class);
    private static final PathPatternParser PATTERNS = PathPatternParser.defaultInstance;

    private final Map<PathPattern, DataSize> limits;
    private final DataSize otherLimit;
    private final ProblemSecurityHandler problems;

    RequestBodyLimitFilter(RequestBodySettings settings, ProblemSecurityHandler problems) {
        // first match wins: the specific paths before their family
        this.limits = orderedLimits(List.of(
                Map.entry("/api/operations/*/candidates", settings.candidateImport()),
                Map.entry("/api/afdas/callbacks", settings.afdasCallback()),
                Map.entry("/api/**", settings.api()),
                Map.entry("/engine-rest/**", settings.engine()),
                Map.entry("/camunda/api/**", settings.engine()),
                Map.entry("/enquete/**", settings.survey())));
        this.otherLimit = settings.other();
        this.problems = problems;
    }

    private static Map<PathPattern, DataSize> orderedLimits(List<Map.Entry<String, DataSize>> entries) {
        Map<PathPattern, DataSize> limits = new LinkedHashMap<>();
        entries.forEach(entry -> limits.put(PATTERNS.parse(entry.getKey()), entry.getValue()));
        return limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DataSize limit = limitOf(request);
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            tooLarge(request, response, limit);
            return;
        }
        if (declared < 0 && hasBody(request)) {
            if (isForm(request)) {
                // Tomcat reads a form from the connection itself, where it cannot be counted; without any length it is empty
                if (request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
                    refuse(request, response, HttpStatus.LENGTH_REQUIRED, "Longueur requise",
                            "Un formulaire doit indiquer sa longueur (en-tête Content-Length)", limit);
                } else {
                    chain.doFilter(request, response);
                }
                return;
            }
            byte[] body = request.getInputStream().readNBytes(Math.toIntExact(limit.toBytes() + 1));
            if (body.length > limit.toBytes()) {
                tooLarge(request, response, limit);
                return;
            }
            chain.doFilter(new BodyInMemory(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A body without a declared length: chunked, or any other request that may carry one (not a GET, HEAD…). */
    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || !List.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod());
    }

    private DataSize limitOf(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(UrlPathHelper.defaultInstance.getPathWithinApplication(request));
        return limits.entrySet().stream().filter(entry -> entry.getKey().matches(path)).map(Map.Entry::getValue)
                .findFirst().orElse(otherLimit);
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, DataSize limit) throws IOException {
        log.info("Corps de requête refusé sur {} {} : plus de {} octets", request.getMethod(), request.getRequestURI(), limit.toBytes());
        refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "Requête trop volumineuse",
                "Le corps de la requête dépasse la limite de " + inFrench(limit) + " pour cette adresse", limit);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title, String detail,
            DataSize limit) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("limit", limit.toBytes());
        problems.write(request, response, problem);
    }

    /** {@code 16 Ko}, {@code 1 Mo}, {@code 1500 octets}. */
    static String inFrench(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " Mo";
        }
        return bytes % DataSize.ofKilobytes(1).toBytes() == 0 ? size.toKilobytes() + " Ko" : bytes + " octets";
    }
}
