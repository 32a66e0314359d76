package fr.francetravail.aae.platform;

import static fr.francetravail.aae.common.Viewer.ADMINS;
import static fr.francetravail.aae.common.Viewer.COUNSELLORS;
import static fr.francetravail.aae.common.Viewer.MANAGERS;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
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
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * {@code /api/**} and {@code /engine-rest/**} need HTTP Basic credentials of a Camunda user; the caller is then handed to
 * the engine so its authorizations apply. The managers' dashboard ({@code /pilotage/**}) and the browser libraries it loads
 * ({@code /webjars/**}) sit behind the same login, so the browser's Basic prompt also covers the page's API calls. The
 * webapps under {@code /camunda} keep their own login; the survey page is public; AFDAS's callbacks are authenticated by
 * their signature. Since a browser resends the cached Basic credentials to whoever makes it call, a state-changing
 * request from another site is refused ({@link CrossSiteRequestFilter}).
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain restApis(HttpSecurity http, IdentityService identity, CamundaIdentityAuthenticationProvider users,
            ProblemSecurityHandler problems) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/engine-rest/**"),
                        paths.matcher("/pilotage/**"), paths.matcher("/webjars/**")))
                // this provider alone: as one of the chain's providers, a refusal would be tried again by the global manager,
                // checking every wrong password twice
                .authenticationManager(new ProviderManager(users))
                .authorizeHttpRequests(requests -> requests
                        // AFDAS's callbacks carry no user: their HMAC signature, checked by the controller, authenticates them
                        .requestMatchers(HttpMethod.POST, "/api/afdas/callbacks").permitAll()
                        .requestMatchers("/api/notifications/**").hasAnyAuthority(MANAGERS, ADMINS)
                        .requestMatchers("/api/kpis", "/api/kpis.csv").hasAnyAuthority(MANAGERS, ADMINS)
                        .requestMatchers(HttpMethod.GET, "/api/agencies/**", "/api/partners/**").hasAnyAuthority(COUNSELLORS, MANAGERS, ADMINS)
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/operations", "/api/operations/*/candidates").hasAnyAuthority(COUNSELLORS, ADMINS)
                        .requestMatchers(HttpMethod.POST, "/api/operations/*/enrolments/*/withdrawal", "/api/operations/*/enrolments/*/survey")
                                .hasAnyAuthority(COUNSELLORS, MANAGERS, ADMINS)
                        .requestMatchers(HttpMethod.POST, "/api/operations/*/cancellation").hasAnyAuthority(MANAGERS, ADMINS)
                        .requestMatchers(HttpMethod.POST, "/api/operations/*/employers").hasAnyAuthority(COUNSELLORS, MANAGERS, ADMINS)
                        .requestMatchers(HttpMethod.PUT, "/api/operations/*/meeting-results").hasAnyAuthority(COUNSELLORS, MANAGERS, ADMINS)
                        .requestMatchers("/api/agencies/**", "/api/partners/**").hasAnyAuthority(MANAGERS, ADMINS)
                        .requestMatchers("/pilotage/**").hasAnyAuthority(MANAGERS, ADMINS)
                        .requestMatchers(HttpMethod.GET, "/webjars/**").authenticated()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterBefore(new CrossSiteRequestFilter(problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class)
                .build();
    }

    /**
     * On every path, before Spring Security and the webapps' own filters: a client address that has spent its failed
     * password checks is turned away with 429 ({@link LoginThrottleFilter}).
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
}
