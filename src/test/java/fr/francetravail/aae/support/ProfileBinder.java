package fr.francetravail.aae.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.convert.ConversionService;
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
        return of(profile, environment, ApplicationConversionService.getSharedInstance());
    }

    /** The same, converting values with {@code conversions} (Spring Boot's own plus the service's binding converters). */
    public static Binder of(String profile, Map<String, String> environment, ConversionService conversions) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addLast(new MapPropertySource("environment", Map.copyOf(environment)));
        load("application-" + profile + ".yaml").forEach(sources::addLast);
        load("application.yaml").forEach(sources::addLast);
        return new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources), conversions);
    }

    private static Iterable<PropertySource<?>> load(String resource) {
        try {
            return new YamlPropertySourceLoader().load(resource, new ClassPathResource(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
