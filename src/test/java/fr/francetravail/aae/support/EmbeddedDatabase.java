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
    private static final String SHARED = "postgres";
    private static volatile String database = SHARED;

    private EmbeddedDatabase() {
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL embarqué n'a pas démarré", e);
        }
    }

    /**
     * A database of its own on the same server, created empty, for a context that must start on an empty database, and
     * for the nodes that join it ({@link ServiceNode}): the context of this JVM uses it, whatever else registers (such a
     * test class runs in a JVM of its own). Its name ends with this JVM's process id: a process left behind by another
     * test JVM, retrying its database's address, never finds this one should this server reuse its port.
     */
    public static synchronized void registerFresh(DynamicPropertyRegistry registry, String purpose) {
        String fresh = purpose + "_" + ProcessHandle.current().pid();
        try (Connection connection = POSTGRES.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + fresh);
            statement.execute("create database " + fresh);
        } catch (SQLException e) {
            throw new IllegalStateException("base " + fresh + " non créée", e);
        }
        database = fresh;
        register(registry);
    }

    /** Whether the address is that of the integration tests' shared database (see {@link #register}). */
    static boolean isShared(String jdbcUrl) {
        return jdbcUrl.equals(POSTGRES.getJdbcUrl("postgres", SHARED));
    }

    /** The server's port on 127.0.0.1, for a client of its own (the benchmarks' pgbench). */
    public static int port() {
        return POSTGRES.getPort();
    }

    /** The server's database of this JVM's context: the shared one, or the one of {@link #registerFresh} (read when the context starts). */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", database));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
