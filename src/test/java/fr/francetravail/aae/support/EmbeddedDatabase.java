package fr.francetravail.aae.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One real PostgreSQL server per test JVM (binaries from Maven, no installed server, no Docker). */
public final class EmbeddedDatabase {

    private static final EmbeddedPostgres POSTGRES = start();

    private EmbeddedDatabase() {
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL embarqué n'a pas démarré", e);
        }
    }

    /** A database of its own on the same server, created empty, for a context that must start on an empty database. */
    public static void registerFresh(DynamicPropertyRegistry registry, String database) {
        try (Connection connection = POSTGRES.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database);
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("base " + database + " non créée", e);
        }
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", database));
    }

    /** The server's port on 127.0.0.1, for a client of its own (the benchmarks' pgbench). */
    public static int port() {
        return POSTGRES.getPort();
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
