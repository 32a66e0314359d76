package fr.francetravail.aae.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One login for the webapps and the dashboard: a reading request ({@code GET}, {@code HEAD}) of the dashboard's own
 * addresses that carries no credentials of its own is made as the user logged in to the Camunda webapps in the same
 * browser session (the login Camunda keeps in the session, {@link WebSessionConfiguration}). The user's groups are read
 * again on each request, and an account deleted since the login counts as no login. Only reading requests: they need no
 * CSRF token, and a state-changing request still needs its own credentials (HTTP Basic), which another site cannot make
 * a browser send with the session cookie. Nothing is written to the session.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    /** The session attribute where Camunda's webapps keep their logins ({@code AuthenticationUtil}'s, not public). */
    private static final String WEBAPP_LOGINS = "authenticatedUser";
    private static final Set<String> READING = Set.of("GET", "HEAD");

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final RequestMatcher dashboard;
    private final CamundaIdentityAuthenticationProvider users;
    private final String engine;

    WebappSessionAuthenticationFilter(RequestMatcher dashboard, CamundaIdentityAuthenticationProvider users, String engine) {
        this.dashboard = dashboard;
        this.users = users;
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (READING.contains(request.getMethod()) && contexts.getContext().getAuthentication() == null && dashboard.matches(request)) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(WEBAPP_LOGINS) instanceof Authentications logins) {
                Authentication login = logins.getAuthenticationForProcessEngine(engine);
                if (login != null) {
                    users.loggedIn(login.getIdentityId()).ifPresent(user -> {
                        SecurityContext context = contexts.createEmptyContext();
                        context.setAuthentication(user);
                        contexts.setContext(context);
                    });
                }
            }
        }
        chain.doFilter(request, response);
    }
}
