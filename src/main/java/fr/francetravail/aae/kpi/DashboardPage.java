package fr.francetravail.aae.kpi;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The managers' dashboard, static resources under {@code static/pilotage/} that read {@code GET /api/kpis} (and, for the
 * fiche of an operation, {@code operation.html?ref=}, {@code GET /api/operations/{reference}/fiche}): served at
 * {@code /pilotage/} to the users logged in to the Camunda webapps (one login), or with the API's HTTP Basic credentials
 * (see platform/SecurityConfiguration).
 */
@Configuration
class DashboardPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/pilotage", "/pilotage/");
        registry.addViewController("/pilotage/").setViewName("forward:/pilotage/index.html");
    }
}
