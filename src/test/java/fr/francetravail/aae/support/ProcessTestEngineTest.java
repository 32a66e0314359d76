package fr.francetravail.aae.support;

import static org.assertj.core.api.Assertions.assertThat;

import fr.francetravail.aae.AaeApplication;
import fr.francetravail.aae.platform.ProcessDeclaration;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** The process tests' engine applies the same declared rules as the service: every feature's declaration is in its configuration. */
class ProcessTestEngineTest {

    private static final Pattern BEAN_CLASS = Pattern.compile("class=\"([\\w.$]+)\"");

    @Test
    void processTestEngineListsEveryProcessDeclaration() throws IOException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ProcessDeclaration.class));
        Set<String> declarations = scanner.findCandidateComponents(AaeApplication.class.getPackageName()).stream()
                .map(BeanDefinition::getBeanClassName).collect(Collectors.toSet());

        String configuration;
        try (InputStream xml = getClass().getResourceAsStream("/process-test-engine.cfg.xml")) {
            configuration = new String(xml.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher classes = BEAN_CLASS.matcher(configuration);
        Set<String> configured = classes.results().map(result -> result.group(1)).filter(declarations::contains).collect(Collectors.toSet());

        assertThat(declarations).as("declarations found on the class path").hasSizeGreaterThanOrEqualTo(6);
        assertThat(configured).as("declarations in process-test-engine.cfg.xml").isEqualTo(declarations);
    }
}
