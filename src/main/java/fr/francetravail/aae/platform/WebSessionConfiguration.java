package fr.francetravail.aae.platform;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The webapps' sessions live in the database (Spring Session JDBC, tables of Flyway's V13), so every node of a cluster
 * knows every login: a load balancer may send each request anywhere. Only the Camunda webapps hold a session ({@code /api},
 * {@code /engine-rest} and the dashboard are stateless). On PostgreSQL, attributes are written with an upsert, so two
 * requests of one session at the same time (a browser loads several resources at once) do not collide on the insert.
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
}
