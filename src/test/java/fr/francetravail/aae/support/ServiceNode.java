package fr.francetravail.aae.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;

/**
 * The service as a JVM of its own, a node of a cluster: {@code AaeApplication} on the test JVM's class path (the main
 * classes and every dependency, test-scoped ones included, but not the test classes), started with these properties as command-line arguments, on a port of
 * its own. Its output goes to {@code target/nodes/<name>-<start>.log}. Stopped as an operator stops it ({@link #stop},
 * SIGTERM, a graceful shutdown) or killed as a crash kills it ({@link #kill}, SIGKILL), then started again
 * ({@link #start()}) on the same port with the same properties.
 */
public final class ServiceNode implements AutoCloseable {

    /** The system property that marks a node's JVM with the process id of the test JVM that started it. */
    private static final String OWNER = "aae.test-node.owner";
    private static final Set<ServiceNode> STARTED = ConcurrentHashMap.newKeySet();
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    static {
        killOrphans();
        // a test JVM that exits (normally, or on SIGTERM as surefire stops it) stops its nodes: none outlives it
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(node -> node.process.destroyForcibly()), "arrêt-des-nœuds"));
    }
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Path LOGS = Path.of("target", "nodes");

    private final String name;
    private final int port;
    private final Map<String, String> properties;
    private final List<String> jvmOptions;
    private Process process;
    private int starts;

    private ServiceNode(String name, Map<String, String> properties, List<String> jvmOptions) {
        this.name = name;
        this.port = FreePorts.belowEphemeralRange();
        this.properties = new LinkedHashMap<>(properties);
        this.properties.put("server.port", String.valueOf(port));
        // on the loopback only, where FreePorts found the port free
        this.properties.put("server.address", "127.0.0.1");
        // the log file read back by log() is UTF-8 whatever the machine's locale
        this.properties.put("logging.charset.console", "UTF-8");
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** A node not started yet: {@link #start()} starts it (nodes may start side by side, then be awaited). */
    public static ServiceNode of(String name, Map<String, String> properties, String... jvmOptions) {
        return new ServiceNode(name, properties, Arrays.asList(jvmOptions));
    }

    /**
     * The properties of the running context that a node needs to join it: the same database, administrator, SMTP
     * server, AFDAS and employment-status stubs, secrets. The context must be on a database of its own
     * ({@link EmbeddedDatabase#registerFresh}): nodes run jobs and send mails, which the other integration tests on the
     * shared database run and send themselves.
     */
    public static Map<String, String> joining(Environment context) {
        if (EmbeddedDatabase.isShared(context.getRequiredProperty("spring.datasource.url"))) {
            throw new IllegalStateException("un nœud rejoint une base à lui (EmbeddedDatabase.registerFresh), pas celle des autres tests");
        }
        Map<String, String> shared = new LinkedHashMap<>();
        for (String key : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
                "camunda.bpm.admin-user.id", "camunda.bpm.admin-user.password", "spring.mail.host", "spring.mail.port",
                "aae.afdas.base-url", "aae.afdas.callback-secret", "aae.employment-status.base-url", "aae.surveys.link-key")) {
            shared.put(key, context.getRequiredProperty(key));
        }
        return shared;
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** A client of this node authenticated as the user (password = user id), or anonymous for {@code null}. */
    public Http as(String user) {
        return new Http(baseUrl(), user);
    }

    /** Starts the JVM (again, after {@link #stop} or {@link #kill}); {@link #awaitReady} waits for it. */
    public synchronized ServiceNode start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("le nœud " + name + " tourne déjà");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-D" + OWNER + "=" + ProcessHandle.current().pid());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(serviceClassPath());
        command.add("fr.francetravail.aae.AaeApplication");
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(LOGS);
            File log = LOGS.resolve(name + "-" + (++starts) + ".log").toFile();
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
            STARTED.add(this);
        } catch (IOException e) {
            throw new UncheckedIOException("le nœud " + name + " n'a pas démarré", e);
        }
        return this;
    }

    /** Waits until the node's readiness probe answers 200 (as a load balancer would), or fails with the log's end. */
    public ServiceNode awaitReady() {
        Instant giveUp = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("le nœud " + name + " s'est arrêté au démarrage (code " + process.exitValue() + ") :\n" + logTail());
            }
            if (isReady()) {
                return this;
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        throw new IllegalStateException("le nœud " + name + " n'est pas prêt après " + READY_WITHIN + " :\n" + logTail());
    }

    /** Whether the readiness probe answers 200 now. */
    public boolean isReady() {
        try {
            HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM, as an orchestrator stops a node, and waits for the graceful shutdown to end; answers the exit code. */
    public synchronized int stop() {
        process.destroy();
        return awaitExit(Duration.ofMinutes(1));
    }

    /** SIGKILL, as a crash: nothing of the node's own shutdown runs. */
    public synchronized void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The resident memory of the node's JVM now (Linux, {@code /proc/<pid>/status}), in MB. */
    public long residentMegabytes() {
        return residentMegabytes(process.pid());
    }

    /** The resident memory of this process now (Linux, {@code /proc/<pid>/status}), in MB. */
    public static long residentMegabytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (isAlive()) {
            stop();
        }
    }

    private int awaitExit(Duration within) {
        try {
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("le nœud " + name + " ne s'est pas arrêté en " + within + " :\n" + logTail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The last lines of the current start's log. */
    public String logTail() {
        try {
            List<String> lines = log();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (UncheckedIOException e) {
            return "(journal illisible : " + e.getMessage() + ")";
        }
    }

    /** Every line the current start has written so far (standard output and error). */
    public List<String> log() {
        try {
            return Files.readAllLines(LOGS.resolve(name + "-" + starts + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Kills the nodes left behind by a test JVM that was itself killed (SIGKILL: no shutdown hook ran): they would go on
     * running jobs and sending mails against whatever database later answers at their address.
     */
    private static void killOrphans() {
        // the command line, not the arguments: the JDK gives no arguments past a page of them (the class path is longer),
        // and cuts the command line there, but the owner comes first
        Pattern owner = Pattern.compile("-D" + Pattern.quote(OWNER) + "=(\\d+)");
        ProcessHandle.allProcesses().forEach(candidate -> candidate.info().commandLine().map(owner::matcher).filter(Matcher::find)
                .map(found -> Long.parseLong(found.group(1)))
                .filter(pid -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty())
                .ifPresent(pid -> candidate.destroyForcibly()));
    }

    /** The test JVM's class path without its test classes (which Spring's component scan would find). */
    private static String serviceClassPath() {
        String testClasses = Path.of("target", "test-classes").toAbsolutePath().toString();
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().toString().equals(testClasses))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
