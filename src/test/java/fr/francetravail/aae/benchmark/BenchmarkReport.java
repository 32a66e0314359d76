package fr.francetravail.aae.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.management.GarbageCollectionNotificationInfo;
import fr.francetravail.aae.support.ServiceNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The one report of {@code mvn verify -Pbenchmark}: each benchmark adds its section (its figures, each beside a reference
 * measured in the same run and the target, and the machine's load before and after), the heap is watched for the
 * whole run, and {@code target/benchmark/report.md} and {@code report.json} are written once, when every benchmark of
 * the JVM has run (the JUnit root context's store closes the report). Figures only: nothing here asserts a duration.
 */
public final class BenchmarkReport implements ExtensionContext.Store.CloseableResource {

    private static final Path DIRECTORY = Path.of("target", "benchmark");
    private static final long MB = 1024 * 1024;
    /** The heap's pools (eden, survivor, old): what a collection reports beside them (metaspace, code cache) is not heap. */
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    private final Instant started = Instant.now();
    private final List<Section> sections = new ArrayList<>();
    private final AtomicLong maxUsedHeap = new AtomicLong();
    private final AtomicLong maxHeapAfterGc = new AtomicLong();
    private final AtomicLong maxResident = new AtomicLong();
    private final ScheduledExecutorService heapSampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "benchmark-heap");
        thread.setDaemon(true);
        return thread;
    });

    private BenchmarkReport() {
        heapSampler.scheduleAtFixedRate(() -> {
            maxUsedHeap.accumulateAndGet(heap().getUsed(), Math::max);
            maxResident.accumulateAndGet(ServiceNode.residentMegabytes(ProcessHandle.current().pid()), Math::max);
        }, 0, 100, TimeUnit.MILLISECONDS);
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long afterGc = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(pool -> HEAP_POOLS.contains(pool.getKey())).mapToLong(pool -> pool.getValue().getUsed()).sum();
                    maxHeapAfterGc.accumulateAndGet(afterGc, Math::max);
                }
            }, null, null);
        }
    }

    /** The run's report, created with the first benchmark and written when the JUnit run ends. */
    private static BenchmarkReport of(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(BenchmarkReport.class, key -> new BenchmarkReport(), BenchmarkReport.class);
    }

    /** A new section, its load read now; add figures, then {@link Section#end()} reads the load again. */
    public synchronized Section section(String title) {
        Section section = new Section(title, load());
        sections.add(section);
        return section;
    }

    @Override
    public synchronized void close() throws IOException {
        heapSampler.shutdownNow();
        Section heap = new Section("Heap", load());
        heap.figure("Max used heap (sampled every 100 ms, garbage included)", (double) (maxUsedHeap.get() / MB), "MB", null, null, "")
                .figure("Max heap used after a GC", maxHeapAfterGc.get() == 0 ? null : (double) (maxHeapAfterGc.get() / MB), "MB", "max heap (-Xmx or default)",
                        (double) (heap().getMax() / MB), "≤ 512 MB throughout")
                .figure("Max resident memory of this JVM (sampled every 100 ms)", (double) maxResident.get(), "MB", null, null, "")
                .note("The test JVM runs with the default heap (no -Xmx), so it grows before it collects: the heap used after a "
                        + "collection (at most the live data plus what a young collection leaves in the old generation) is what a 512 MB "
                        + "cap would have to hold. Measured from the first benchmark to the end of the run, the test clients and the SMTP "
                        + "server included; node two's resident memory (a JVM of its own, under production's heap cap) is in the sections "
                        + "of the benchmarks it takes part in.");
        heap.end();
        List<Part> all = new ArrayList<>(sections.stream().map(Section::part).toList());
        all.add(heap.part());
        Run run = new Run(started, Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getInputArguments(), all);
        Files.createDirectories(DIRECTORY);
        new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .writerWithDefaultPrettyPrinter().writeValue(DIRECTORY.resolve("report.json").toFile(), run);
        Files.writeString(DIRECTORY.resolve("report.md"), markdown(run), StandardCharsets.UTF_8);
    }

    private static MemoryUsage heap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    }

    /** {@code /proc/loadavg} as it reads (1, 5 and 15 minutes, runnable/total threads, last pid), or why not. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static String markdown(Run run) {
        StringBuilder md = new StringBuilder("# Benchmark report\n\n");
        md.append("Run from %s to %s on %d cores, %s, JVM options %s.%n%n".formatted(run.started(), run.ended(), run.cores(), run.jvm(),
                run.jvmOptions()));
        md.append("Figures only: the targets are the issue's, nothing is asserted on them. Load is `/proc/loadavg` (1, 5, 15 min).\n");
        for (Part section : run.sections()) {
            md.append("\n## ").append(section.title()).append("\n\n");
            md.append("Load before: `%s`, after: `%s`%n%n".formatted(section.loadBefore(), section.loadAfter()));
            md.append("| Figure | Value | Reference (same run) | Target |\n|---|---|---|---|\n");
            for (Figure figure : section.figures()) {
                md.append("| %s | %s %s | %s | %s |%n".formatted(figure.name(), format(figure.value()), figure.unit(),
                        figure.reference() == null ? "" : figure.reference() + ": " + format(figure.referenceValue()), figure.target()));
            }
            section.notes().forEach(note -> md.append("\n").append(note).append("\n"));
        }
        return md.toString();
    }

    private static String format(Double value) {
        if (value == null) {
            return "n/a";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf(value.longValue())
                : String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }

    /** The whole run as written to {@code report.json}. */
    record Run(Instant started, Instant ended, int cores, String jvm, List<String> jvmOptions, List<Part> sections) {
    }

    /** A section as written. */
    record Part(String title, String loadBefore, String loadAfter, List<Figure> figures, List<String> notes) {
    }

    /** One measured figure, its reference measured in the same run (if any) and the target (or empty). */
    public record Figure(String name, Double value, String unit, String reference, Double referenceValue, String target) {
    }

    /** One benchmark's figures, with the machine's load when it started and ended. */
    public static final class Section {

        private final String title;
        private final String loadBefore;
        private final List<Figure> figures = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private String loadAfter;

        private Section(String title, String loadBefore) {
            this.title = title;
            this.loadBefore = loadBefore;
        }

        public synchronized Section figure(String name, Double value, String unit, String reference, Double referenceValue, String target) {
            figures.add(new Figure(name, value, unit, reference, referenceValue, target));
            return this;
        }

        public synchronized Section note(String note) {
            notes.add(note);
            return this;
        }

        /** Reads the load at the end of the benchmark. */
        public synchronized void end() {
            loadAfter = load();
        }

        private synchronized Part part() {
            return new Part(title, loadBefore, loadAfter, List.copyOf(figures), List.copyOf(notes));
        }
    }

    /** Gives a benchmark method the run's report as a parameter. */
    static final class Extension implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == BenchmarkReport.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return of(context);
        }
    }
}
