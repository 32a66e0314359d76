package fr.francetravail.aae.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away (429, {@code Retry-After}) every login of a client address that has spent its failed password checks
 * ({@link LoginThrottle}): a request with an {@code Authorization} header or a post to the webapps' login, before it
 * reaches any door, so nothing is checked and nothing runs. Requests of users already logged in to the webapps (their
 * session) go on, so that colleagues behind the same address keep working; any other password check the request leads
 * to (e.g. {@code identity/verify}) is refused unchecked by the identity provider. The address is the one the
 * servlet container sees ({@code getRemoteAddr()}): behind a reverse proxy, the proxy's forwarded headers must be trusted
 * ({@code server.forward-headers-strategy=native} and {@code server.tomcat.remoteip.internal-proxies}), or every client
 * would share the proxy's address. The address is also made known to the password checks the request leads to.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Pattern WEBAPP_LOGIN = Pattern.compile(".*/api/admin/auth/user/[^/]+/login/[^/]+");

    private final LoginThrottle throttle;
    private final ProblemSecurityHandler problems;

    LoginThrottleFilter(LoginThrottle throttle, ProblemSecurityHandler problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        Optional<Duration> wait = presentsCredentials(request) ? throttle.refusal(client) : Optional.empty();
        if (wait.isPresent()) {
            problems.tooManyFailedLogins(request, response, wait.get());
            return;
        }
        LoginThrottle.serving(client, () -> chain.doFilter(request, response));
    }

    private static boolean presentsCredentials(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || "POST".equals(request.getMethod()) && WEBAPP_LOGIN.matcher(request.getRequestURI()).matches();
    }
}
