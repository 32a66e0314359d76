package fr.francetravail.aae.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away (429, {@code Retry-After}) every request of a client address that has spent its failed password checks
 * ({@link LoginThrottle}), before it reaches any door: nothing is checked, nothing runs. The address is the one the
 * servlet container sees ({@code getRemoteAddr()}): behind a reverse proxy, the proxy's forwarded headers must be trusted
 * ({@code server.forward-headers-strategy=native} and {@code server.tomcat.remoteip.internal-proxies}), or every client
 * would share the proxy's address. The address is also made known to the password checks the request leads to.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

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
        Optional<Duration> wait = throttle.refusal(client);
        if (wait.isPresent()) {
            problems.tooManyFailedLogins(request, response, wait.get());
            return;
        }
        LoginThrottle.serving(client, () -> chain.doFilter(request, response));
    }
}
