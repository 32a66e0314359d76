package fr.francetravail.aae.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who is not logged in: a browser opening a dashboard page is sent to Tasklist's login, which sends it back to the page
 * once logged in ({@code ?retour=}, read by Tasklist's {@code scripts/pilotage-link.js}, only towards the dashboard); a
 * call made by one of the service's own pages (its {@code Sec-Fetch-Site} is {@code same-origin}) gets its 401 without
 * the Basic challenge, which would open the browser's login prompt; any other caller (API clients) gets the 401 with it.
 */
class DashboardLoginEntryPoint implements AuthenticationEntryPoint {

    private final RequestMatcher pages;
    private final String tasklist;
    private final ProblemSecurityHandler problems;

    DashboardLoginEntryPoint(RequestMatcher pages, String tasklist, ProblemSecurityHandler problems) {
        this.pages = pages;
        this.tasklist = tasklist;
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if ("GET".equals(request.getMethod()) && pages.matches(request)) {
            String page = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(tasklist + "?retour=" + URLEncoder.encode(page, StandardCharsets.UTF_8));
        } else if ("same-origin".equals(request.getHeader("Sec-Fetch-Site"))) {
            problems.unauthorized(request, response);
        } else {
            problems.commence(request, response, e);
        }
    }
}
