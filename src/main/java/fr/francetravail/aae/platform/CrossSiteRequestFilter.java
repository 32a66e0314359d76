package fr.francetravail.aae.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (403) a state-changing request another site makes a browser send: the browser would add the Basic credentials
 * it cached (an API address or Swagger UI opened in it), and the API chain has no CSRF token. (The webapps' session
 * cookie authorises no such request here: {@link WebappSessionAuthenticationFilter} reads it for reading requests only.) A request is from another site when its
 * {@code Sec-Fetch-Site} is {@code cross-site} or {@code same-site}, or its {@code Origin} is not the service's own
 * scheme, host and port. Server-to-server clients (AFDAS, scripts) send neither header and pass.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");

    private final ProblemSecurityHandler problems;

    CrossSiteRequestFilter(ProblemSecurityHandler problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && fromAnotherSite(request)) {
            problems.forbid(request, response, "Requête refusée : elle vient d'un autre site que le service AAE");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return site != null && OTHER_SITES.contains(site.strip().toLowerCase()) || CorsUtils.isCorsRequest(request);
    }
}
