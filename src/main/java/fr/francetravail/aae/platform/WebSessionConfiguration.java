package fr.francetravail.aae.platform;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The webapps' sessions live in the database (Spring Session JDBC, tables of Flyway's V13), so every node of a cluster
 * knows every login: a load balancer may send each request anywhere. Only the Camunda webapps hold a session ({@code /api},
 * {@code /engine-rest} and the dashboard are stateless). On PostgreSQL, attributes are written with an upsert, so two
 * requests of one session adding the same attribute at once do not collide on the insert. H2 (the dev and demo profiles,
 * one node) keeps Spring Session's plain insert: the login writes every attribute the webapps use, so the requests sent
 * at once afterwards only update them (WebSessionsIT checks it); at worst, before a login, one of two anonymous requests
 * adding the same attribute at once fails. The login and the logout get
 * {@link WebappSessionBoundaryFilter}, right inside Spring Session's filter (outside Camunda's, which it must follow).
 */
@Configuration(proxyBeanMethods = false)
class WebSessionConfiguration {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionUpsertsOnPostgres(DataSourceProperties dataSource) {
        if (DatabaseDriver.fromJdbcUrl(dataSource.determineUrl()) == DatabaseDriver.POSTGRESQL) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        return repository -> { };
    }

    @Bean
    FilterRegistrationBean<WebappSessionBoundaryFilter> webappSessionBoundaries(CamundaBpmProperties camunda) {
        FilterRegistrationBean<WebappSessionBoundaryFilter> registration = new FilterRegistrationBean<>(new WebappSessionBoundaryFilter());
        registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/api/admin/auth/user/*");
        // Camunda's CSRF settings (cookie name, Secure, SameSite), so the token's cookie is written as Camunda writes it
        registration.setInitParameters(camunda.getWebapp().getCsrf().getInitParams());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }
}
