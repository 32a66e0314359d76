package fr.francetravail.aae.platform;

import fr.francetravail.aae.platform.ProcessDeclaration.TaskColumn;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Every feature's {@link ProcessDeclaration}, merged: the one place the engine plugins and the identity set-up read
 * what the features declare. Merged on first use, so that a plugin can be built before the features' beans.
 */
@Component
public class ProcessDeclarations {

    private final SingletonSupplier<Merged> merged;

    @Autowired
    ProcessDeclarations(ObjectProvider<ProcessDeclaration> declarations) {
        this(() -> declarations.orderedStream().toList());
    }

    /** For an engine built without Spring (the process tests): the declarations given, in this order. */
    public static ProcessDeclarations of(List<ProcessDeclaration> declarations) {
        return new ProcessDeclarations(() -> declarations);
    }

    private ProcessDeclarations(Supplier<List<ProcessDeclaration>> declarations) {
        this.merged = SingletonSupplier.of(() -> Merged.of(declarations.get()));
    }

    public Set<String> routingVariables() {
        return merged.obtain().routing();
    }

    public Set<String> personalDataFields() {
        return merged.obtain().personal();
    }

    public Set<String> variablesOf(String elementId) {
        return merged.obtain().byElement().getOrDefault(elementId, Set.of());
    }

    public Set<String> tasklistProcesses() {
        return merged.obtain().tasklist();
    }

    public Map<String, Set<String>> startableByGroup() {
        return merged.obtain().starters();
    }

    public List<TaskColumn> taskColumns() {
        return merged.obtain().columns();
    }

    private record Merged(Set<String> routing, Set<String> personal, Map<String, Set<String>> byElement, Set<String> tasklist,
            Map<String, Set<String>> starters, List<TaskColumn> columns) {

        static Merged of(List<ProcessDeclaration> declarations) {
            return new Merged(union(declarations, ProcessDeclaration::routingVariables), union(declarations, ProcessDeclaration::personalDataFields),
                    merge(declarations, ProcessDeclaration::variablesByElement), union(declarations, ProcessDeclaration::tasklistProcesses),
                    merge(declarations, ProcessDeclaration::startableByGroup),
                    declarations.stream().flatMap(declaration -> declaration.taskColumns().stream()).distinct().toList());
        }

        private static Set<String> union(List<ProcessDeclaration> declarations, Function<ProcessDeclaration, Set<String>> part) {
            return declarations.stream().map(part).flatMap(Collection::stream).collect(Collectors.toUnmodifiableSet());
        }

        private static Map<String, Set<String>> merge(List<ProcessDeclaration> declarations,
                Function<ProcessDeclaration, Map<String, Set<String>>> part) {
            Map<String, Set<String>> merged = new LinkedHashMap<>();
            declarations.stream().map(part).forEach(map -> map.forEach((key, values) -> merged.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(values)));
            return merged.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Set.copyOf(entry.getValue())));
        }
    }
}
