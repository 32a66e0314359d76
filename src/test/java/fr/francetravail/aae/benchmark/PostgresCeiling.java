package fr.francetravail.aae.benchmark;

import fr.francetravail.aae.support.EmbeddedDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the PostgreSQL server of the run commits at most, measured on a scratch database of its own: pgbench's default
 * (TPC-B-like) transaction where pgbench is installed, else a JDBC loop of single-row insert and commit per client.
 */
final class PostgresCeiling {

    private static final String DATABASE = "bench_scratch";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private final int seconds;
    private final boolean pgbench;

    private PostgresCeiling(int seconds, boolean pgbench) {
        this.seconds = seconds;
        this.pgbench = pgbench;
    }

    /** A fresh scratch database, initialised for pgbench (scale 16: a branch row per client at 16 clients) if it runs. */
    static PostgresCeiling prepare(int seconds) throws IOException, InterruptedException, SQLException {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
            statement.execute("create database " + DATABASE);
        }
        boolean pgbench = true;
        try {
            run("pgbench", "-i", "-q", "-s", "16");
        } catch (IOException absent) {
            pgbench = false;
            try (Connection connection = connect(DATABASE); Statement statement = connection.createStatement()) {
                statement.execute("create table bench (id bigserial primary key, client int not null, at timestamptz not null default now())");
            }
        }
        return new PostgresCeiling(seconds, pgbench);
    }

    String method() {
        return pgbench ? "pgbench (TPC-B-like, scale 16)" : "JDBC single-row insert + commit (pgbench absent)";
    }

    /** Transactions committed per second by this many clients. */
    double transactionsPerSecond(int clients) throws IOException, InterruptedException, SQLException {
        if (pgbench) {
            String out = run("pgbench", "-n", "-c", String.valueOf(clients), "-j", String.valueOf(Math.min(clients,
                    Runtime.getRuntime().availableProcessors())), "-T", String.valueOf(seconds));
            Matcher tps = TPS.matcher(out);
            if (!tps.find()) {
                throw new IllegalStateException("pgbench sans débit : " + out);
            }
            return Double.parseDouble(tps.group(1));
        }
        return jdbcLoop(clients);
    }

    private double jdbcLoop(int clients) throws SQLException {
        try {
            return Clients.untilDeadline(clients, seconds * 1_000L, (client, deadline) -> {
                long commits = 0;
                try (Connection connection = connect(DATABASE);
                        PreparedStatement insert = connection.prepareStatement("insert into bench (client) values (?)")) {
                    connection.setAutoCommit(false);
                    while (System.nanoTime() < deadline) {
                        insert.setInt(1, client);
                        insert.executeUpdate();
                        connection.commit();
                        commits++;
                    }
                }
                return commits;
            }).perSecond();
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("boucle JDBC en échec", e);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + EmbeddedDatabase.port() + "/" + database, "postgres", "");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        line.addAll(List.of("-h", "127.0.0.1", "-p", String.valueOf(EmbeddedDatabase.port()), "-U", "postgres", DATABASE));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", line) + " a échoué : " + out);
        }
        return out;
    }
}
