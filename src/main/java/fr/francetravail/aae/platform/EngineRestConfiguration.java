package fr.francetravail.aae.platform;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link EngineRefusalMapper} in both Jersey applications that serve the engine's REST API: {@code /engine-rest}
 * (the Spring Boot starter's {@code CamundaJerseyResourceConfig}, customized like any Jersey application of Spring
 * Boot) and the webapps' APIs under {@code /camunda/api} (the starter's {@code CamundaBpmWebappInitializer} registers one
 * Jersey servlet per {@code Application}; Jersey adds the servlet context's attributes to the properties of each, so
 * the mapper is named there as a provider class, whatever the order of the initializers).
 */
@Configuration
class EngineRestConfiguration {

    private static final Class<?>[] MAPPERS = {EngineRefusalMapper.OfRestResources.class, EngineRefusalMapper.OfEngine.class};

    @Bean
    ResourceConfigCustomizer engineRestRefusals() {
        return config -> config.registerClasses(MAPPERS);
    }

    @Bean
    ServletContextInitializer webappEngineApiRefusals() {
        return context -> context.setAttribute(ServerProperties.PROVIDER_CLASSNAMES,
                Stream.of(MAPPERS).map(Class::getName).collect(Collectors.joining(",")));
    }
}
