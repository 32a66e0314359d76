package fr.francetravail.aae.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The settings as Spring Boot binds them for a profile: {@code application.yaml}, then the profile's file over it, with
 * {@code ${...}} placeholders resolved against the given environment variables only (never the machine's).
 */
public final class ProfileBinder {

    private ProfileBinder() {
    }

    /** The binder of {@code application.yaml} plus {@code application-<profile>.yaml}, under these environment variables. */
    public static Binder of(String profile, Map<String, String> environment) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addLast(new MapPropertySource("environment", Map.copyOf(environment)));
        load("application-" + profile + ".yaml").forEach(sources::addLast);
        load("application.yaml").forEach(sources::addLast);
        return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources),
                ApplicationConversionService.getSharedInstance());
    }

    private static Iterable<PropertySource<?>> load(String resource) {
        try {
            return new YamlPropertySourceLoader().load(resource, new ClassPathResource(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
