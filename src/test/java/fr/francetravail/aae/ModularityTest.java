package fr.francetravail.aae;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules and the one direction of their dependencies: {@code common} ← {@code platform} ← features ← {@code demo},
 * each module's {@code package-info.java} declaring the modules it may use. Spring Modulith checks the byte code
 * (types, beans, events, cycles); the source check sees what byte code cannot: the string constants (process keys,
 * variable names, task ids) that javac copies into the class that reads them. The source check reads every line but the
 * package declaration, comments included: a Javadoc link to another module's class is a dependency too. A string
 * literal that merely equals another module's constant (a process key typed by hand) is beyond both checks.
 */
class ModularityTest {

    private static final String BASE = AaeApplication.class.getPackageName();
    private static final Path SOURCES = Path.of("src/main/java", BASE.split("\\."));
    private static final Pattern REFERENCE = Pattern.compile(Pattern.quote(BASE) + "\\.([a-z]+)\\.");
    private static final String DIAGRAM_START = "```mermaid";

    private static final ApplicationModules MODULES = ApplicationModules.of(AaeApplication.class);

    @Test
    void bytecodeUsesOnlyDeclaredModulesAndFormsNoCycle() {
        MODULES.verify();
    }

    @Test
    void sourcesNameOnlyTheModulesTheirPackageDeclares() throws IOException {
        Map<String, Set<String>> allowed = declaredDependencies();
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, List<Reference>> module : references().entrySet()) {
            module.getValue().stream().filter(reference -> !allowed.get(module.getKey()).contains(reference.module()))
                    .forEach(reference -> violations.add(reference + " (" + module.getKey() + " may use " + allowed.get(module.getKey()) + ")"));
        }
        assertThat(violations).as("references to modules a package-info does not allow").isEmpty();
    }

    @Test
    void dependenciesPointOneWay() throws IOException {
        Map<String, Set<String>> declared = declaredDependencies();
        assertThat(declared.get("common")).as("common depends on nothing").isEmpty();
        assertThat(declared.get("platform")).as("platform names no feature").containsOnly("common");
        assertThat(declared).allSatisfy((module, dependencies) -> assertThat(dependencies).as(module).doesNotContain("demo"));
        Map<String, Set<String>> used = new TreeMap<>();
        references().forEach((module, references) -> used.put(module, references.stream().map(Reference::module).collect(Collectors.toCollection(TreeSet::new))));
        assertThat(cycle(used)).as("a cycle among the modules' sources").isEmpty();
        assertThat(cycle(declared)).as("a cycle among the declared dependencies").isEmpty();
    }

    /** The README's map of the modules is the one the package-infos declare (direct edges only, the rest follows). */
    @Test
    void readmeShowsTheDeclaredModules() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf(DIAGRAM_START + "\n%% modules");
        assertThat(start).as("README's module diagram (a mermaid block starting with %% modules)").isNotNegative();
        String shown = readme.substring(start, readme.indexOf("```", start + DIAGRAM_START.length()) + 3);
        assertThat(shown).isEqualTo(mermaid(declaredDependencies()));
    }

    /** Spring Modulith's own diagrams and module canvases, written at every build for whoever wants the detail. */
    @Test
    void writesSpringModulithDocumentation() throws IOException {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).content().contains("Component(AaeApplication.AaeApplication.Operation");
    }

    private static Map<String, Set<String>> declaredDependencies() {
        Map<String, Set<String>> declared = new TreeMap<>();
        MODULES.forEach(module -> {
            ApplicationModule annotation = packageInfo(module.getBasePackage().getName()).getAnnotation(ApplicationModule.class);
            assertThat(annotation).as("@ApplicationModule in the package-info of " + module.getIdentifier()).isNotNull();
            declared.put(module.getIdentifier().toString(), new TreeSet<>(Arrays.asList(annotation.allowedDependencies())));
        });
        return declared;
    }

    private static Class<?> packageInfo(String packageName) {
        try {
            return Class.forName(packageName + ".package-info");
        } catch (ClassNotFoundException e) {
            throw new AssertionError("Every module says what it owns and offers in its package-info.java: " + packageName, e);
        }
    }

    /** Every other module each module's sources name (imports, static imports, qualified names), with where. */
    private static Map<String, List<Reference>> references() throws IOException {
        Map<String, List<Reference>> references = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                if (file.getParent().equals(SOURCES)) {
                    continue;
                }
                String module = SOURCES.relativize(file).getName(0).toString();
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int number = 1; number <= lines.size(); number++) {
                    String line = lines.get(number - 1);
                    Matcher matcher = REFERENCE.matcher(line);
                    while (!line.startsWith("package ") && matcher.find()) {
                        if (!matcher.group(1).equals(module)) {
                            references.computeIfAbsent(module, key -> new ArrayList<>()).add(new Reference(matcher.group(1), file, number));
                        }
                    }
                }
                references.computeIfAbsent(module, key -> new ArrayList<>());
            }
        }
        return references;
    }

    /** A cycle in the graph, as the path that closes it, or an empty list. */
    private static List<String> cycle(Map<String, Set<String>> graph) {
        Set<String> done = new HashSet<>();
        for (String start : graph.keySet()) {
            List<String> found = cycleFrom(start, graph, new ArrayList<>(), done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> cycleFrom(String module, Map<String, Set<String>> graph, List<String> path, Set<String> done) {
        if (path.contains(module)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(module), path.size()));
            cycle.add(module);
            return cycle;
        }
        if (!done.add(module)) {
            return List.of();
        }
        path.add(module);
        for (String next : graph.getOrDefault(module, Set.of())) {
            List<String> found = cycleFrom(next, graph, path, done);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        return List.of();
    }

    /** The declared graph without the edges that a longer path already implies, as a mermaid flowchart. */
    private static String mermaid(Map<String, Set<String>> declared) {
        StringBuilder diagram = new StringBuilder(DIAGRAM_START + "\n%% modules: the package-infos' dependencies, checked by ModularityTest\nflowchart BT\n");
        declared.forEach((module, dependencies) -> dependencies.stream()
                .filter(dependency -> dependencies.stream().noneMatch(other -> !other.equals(dependency) && reaches(other, dependency, declared)))
                .forEach(dependency -> diagram.append("    ").append(module).append(" --> ").append(dependency).append('\n')));
        return diagram.append("```").toString();
    }

    private static boolean reaches(String from, String to, Map<String, Set<String>> graph) {
        Set<String> seen = new HashSet<>();
        List<String> next = new ArrayList<>(graph.get(from));
        while (!next.isEmpty()) {
            String module = next.remove(next.size() - 1);
            if (module.equals(to)) {
                return true;
            }
            if (seen.add(module)) {
                next.addAll(graph.getOrDefault(module, Set.of()));
            }
        }
        return false;
    }

    private record Reference(String module, Path file, int line) {

        @Override
        public String toString() {
            return file + ":" + line + " names " + module;
        }
    }
}
