package fr.francetravail.aae.platform;

import static fr.francetravail.aae.common.Viewer.ADMINS;
import static fr.francetravail.aae.common.Viewer.COUNSELLORS;
import static fr.francetravail.aae.common.Viewer.MANAGERS;
import static fr.francetravail.aae.common.Viewer.NATIONAL;
import static fr.francetravail.aae.common.Viewer.OBSERVERS;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * {@code /api/**} and {@code /engine-rest/**} need HTTP Basic credentials of a Camunda user; the caller is then handed to
 * the engine so its authorizations apply. The managers' dashboard ({@code /pilotage/**}), the browser libraries it loads
 * ({@code /webjars/**}) and the API calls it makes are also read with the login of the Camunda webapps under
 * {@code /camunda} (one login: {@link WebappSessionAuthenticationFilter}, reading requests only); a browser not logged in
 * is sent to Tasklist's login ({@link DashboardLoginEntryPoint}). The survey page is public; AFDAS's callbacks are
 * authenticated by their signature. Since a browser resends cached Basic credentials to whoever makes it call, a
 * state-changing request from another site is refused ({@link CrossSiteRequestFilter}). The API documentation (Swagger UI) is for staff;
 * the health probes are public, their details for administrators only ({@code management.endpoint.health.roles}).
 * Every page served here runs under {@link #STAFF_PAGES_POLICY}; error pages and other bare answers under {@link #BARE_PAGES_POLICY}.
 */
@Configuration
class SecurityConfiguration {

    /**
     * Scripts, style sheets and data from the service only (the dashboard's ECharts and Swagger UI included); never framed.
     * Style attributes are allowed (ECharts' tooltips and Swagger UI write some), and the one style element Swagger UI
     * injects, by its hash (to renew when Swagger UI is upgraded: the browser's console names the new one).
     */
    static final String STAFF_PAGES_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='; style-src-attr 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Spring Boot's error page and the other bare answers load no script, style or image. */
    static final String BARE_PAGES_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain restApis(HttpSecurity http, IdentityService identity, CamundaIdentityAuthenticationProvider users,
            ProblemSecurityHandler problems, @Value("${camunda.bpm.process-engine-name:default}") String engine,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher dashboardPages = paths.matcher("/pilotage/**");
        // what the dashboard's pages load and call: the one webapp login is accepted here, for reading only
        RequestMatcher dashboard = new OrRequestMatcher(dashboardPages, paths.matcher("/webjars/**"), paths.matcher("/api/kpis"),
                paths.matcher("/api/kpis.csv"), paths.matcher("/api/operations/*/fiche"));
        return http.securityMatcher(new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/engine-rest/**"),
                        paths.matcher("/pilotage/**"), paths.matcher("/webjars/**"), paths.matcher("/v3/api-docs/**"),
                        paths.matcher("/swagger-ui/**"), paths.matcher("/swagger-ui.html"), paths.matcher("/actuator/**")))
                // this provider alone: as one of the chain's providers, a refusal would be tried again by the global manager,
                // checking every wrong password twice
                .authenticationManager(new ProviderManager(users))
                .authorizeHttpRequests(requests -> requests
                        // AFDAS's callbacks carry no user: their HMAC signature, checked by the controller, authenticates them
                        .requestMatchers(HttpMethod.POST, "/api/afdas/callbacks").permitAll()
                        // the outbox holds every region's recipients
                        .requestMatchers("/api/notifications/**").hasAnyAuthority(NATIONAL, ADMINS)
                        // observers read their region's aggregated indicators, never an operation's fiche
                        .requestMatchers("/api/kpis", "/api/kpis.csv").hasAnyAuthority(MANAGERS, NATIONAL, OBSERVERS, ADMINS)
                        .requestMatchers("/api/operations/*/fiche").hasAnyAuthority(MANAGERS, NATIONAL, ADMINS)
                        .requestMatchers(HttpMethod.GET, "/api/agencies/**", "/api/partners/**").hasAnyAuthority(COUNSELLORS, MANAGERS, ADMINS)
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/operations", "/api/operations/*/candidates").hasAnyAuthority(COUNSELLORS, ADMINS)
                        .requestMatchers(HttpMethod.POST, "/api/operations/*/enrolments/*/withdrawal", "/api/operations/*/enrolments/*/survey")
                                .hasAnyAuthority(COUNSELLORS, MANAGERS, ADMINS)
                        .requestMatchers(HttpMethod.POST, "/api/operations/*/cancellation").hasAnyAuthority(MANAGERS, ADMINS)
                        .requestMatchers(HttpMethod.POST, "/api/operations/*/employers").hasAnyAuthority(COUNSELLORS, MANAGERS, ADMINS)
                        .requestMatchers(HttpMethod.PUT, "/api/operations/*/meeting-results").hasAnyAuthority(COUNSELLORS, MANAGERS, ADMINS)
                        .requestMatchers("/api/agencies/**", "/api/partners/**").hasAnyAuthority(MANAGERS, ADMINS)
                        .requestMatchers("/pilotage/**").hasAnyAuthority(MANAGERS, NATIONAL, OBSERVERS, ADMINS)
                        .requestMatchers(HttpMethod.GET, "/webjars/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                                .hasAnyAuthority(COUNSELLORS, MANAGERS, ADMINS)
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.accessDeniedHandler(problems).authenticationEntryPoint(
                        new DashboardLoginEntryPoint(dashboardPages, webapps + "/app/tasklist/" + engine + "/", problems)))
                // the webapps' session is only read here: never given a new id (each of the page's requests at once
                // would otherwise hand out an id of its own, and all but one would be lost)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(STAFF_PAGES_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new CrossSiteRequestFilter(problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new WebappSessionAuthenticationFilter(dashboard, users, engine), BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class)
                .build();
    }

    /**
     * On every path, before Spring Security and the webapps' own filters: a client address that has spent its failed
     * password checks is turned away with 429 when it tries to log in ({@link LoginThrottleFilter}).
     */
    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, ProblemSecurityHandler problems) {
        FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The participants' survey page ({@code /enquete/<token>}) is public: the token in the path is the only credential.
     * No session or cookie is read there, so a post from another site can do no more than the token's holder (CSRF
     * protection would add nothing); the page may not be framed, and no referrer ever carries the token away.
     */
    @Bean
    @Order(2)
    SecurityFilterChain surveyPages(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/enquete/*"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /**
     * Whatever the other chains and the webapps ({@code /camunda/**}, which send their own headers) leave: Spring Boot's
     * error pages for unknown addresses, the root's redirect, the {@code dev} simulators. Public, under a policy that lets
     * nothing load. Last of the chains, so that any chain declared for a path of its own comes before it.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain otherPages(HttpSecurity http) throws Exception {
        return http.securityMatcher(new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(BARE_PAGES_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }
}
