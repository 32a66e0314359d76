package fr.francetravail.aae.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.filter.CsrfPreventionFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The two ends of a webapp login, which Camunda's filters, written for sessions held in one node's memory, get wrong once
 * each request works on its own copy of the session read from the database ({@link WebSessionConfiguration}):
 * <ul>
 * <li>a successful login ({@code POST .../auth/user/{engine}/login/{app}}) hands out the new session's CSRF token in its
 * own response. Camunda's {@link CsrfPreventionFilter} makes a token on the first reading request of a session that has
 * none: the requests a browser sends at once right after the login would each make and hand out a token of their own
 * (on any node), and only the last one saved would be valid. The token is made and written by Camunda's own code
 * ({@code setCSRFToken}, the cookie as its configuration says: this filter is initialized with the same parameters),
 * once, before the browser can send anything else;</li>
 * <li>a logout ({@code POST .../auth/user/{engine}/logout}) ends the session: its row is deleted and the browser is told
 * to forget the cookie. Camunda only removes the login from the session, and its AuthenticationFilter writes the login
 * it read back into the session at the end of every request: a request in flight during the logout would save the
 * logged-in copy over it. Once the row is gone, such late saves update nothing (Spring Session only inserts a session
 * it created).</li>
 * </ul>
 * Both act after Camunda has answered, on a response held back until then (the bodies are a few bytes), so that the
 * headers still reach the browser.
 */
class WebappSessionBoundaryFilter extends CsrfPreventionFilter {

    private static final Pattern LOGIN = Pattern.compile(".*/api/admin/auth/user/[^/]+/login/[^/]+");
    private static final Pattern LOGOUT = Pattern.compile(".*/api/admin/auth/user/[^/]+/logout");

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        boolean post = "POST".equals(request.getMethod());
        boolean login = post && LOGIN.matcher(request.getRequestURI()).matches();
        boolean logout = post && LOGOUT.matcher(request.getRequestURI()).matches();
        if (!login && !logout) {
            chain.doFilter(servletRequest, servletResponse);
            return;
        }
        ContentCachingResponseWrapper response = new ContentCachingResponseWrapper((HttpServletResponse) servletResponse);
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_OK) {
            if (login) {
                setCSRFToken(request, response);
            } else {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        response.copyBodyToResponse();
    }
}
