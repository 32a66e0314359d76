package fr.francetravail.aae.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.francetravail.aae.support.ServiceIT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The French webapps and login page as the browser loads them, before anyone has logged in. */
class WebappTranslationIT extends ServiceIT {

    @LocalServerPort
    private int port;

    @Test
    void tasklistLoadsOurFrenchOnlyConfigurationAndTranslation() {
        assertThat(as(null).get("/camunda/app/tasklist/scripts/config.js").expect(200).body())
                .contains("availableLocales: ['fr']", "fallbackLocale: 'fr'", "customScripts: ['scripts/camunda-forms-fr', 'scripts/camunda-forms-validation', 'scripts/tasklist-feedback', 'scripts/pilotage-link']")
                .contains("description: 'prend la tâche sélectionnée'");

        JsonNode french = as(null).get("/camunda/app/tasklist/locales/fr.json?bust=7.24.0").expect(200).json();
        assertThat(french.path("labels").path("COMPLETE").asText()).isEqualTo("Terminer");
        assertThat(french.path("labels").path("START_PROCESS").asText()).as("servi en UTF-8").isEqualTo("Démarrer un processus");
        assertThat(french.path("dateLocales").path("months").get(1).asText()).isEqualTo("février");
    }

    @Test
    void theFormScriptIsServedAsAJavaScriptModule() throws IOException, InterruptedException {
        HttpResponse<String> script = served("/camunda/app/tasklist/scripts/camunda-forms-fr.js?bust=7.24.0");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
        assertThat(script.body()).contains("'Ajouter'", "new MutationObserver");
    }

    @Test
    void theLoginAndWelcomePageIsFrenchOnly() {
        assertThat(as(null).get("/camunda/app/welcome/scripts/config.js").expect(200).body())
                .contains("availableLocales: ['fr']", "fallbackLocale: 'fr'");
        JsonNode french = as(null).get("/camunda/app/welcome/locales/fr.json?bust=7.24.0").expect(200).json();
        assertThat(french.path("labels").path("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Se connecter");
        assertThat(french.path("labels").path("PAGE_LOGIN_PASSWORD").asText()).isEqualTo("Mot de passe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cockpit", "admin"})
    void cockpitAndAdminLoadOurFrenchOnlyConfigurationAndTranslation(String app) {
        assertThat(as(null).get("/camunda/app/" + app + "/scripts/config.js").expect(200).body())
                .contains("availableLocales: ['fr']", "fallbackLocale: 'fr'");
        JsonNode french = as(null).get("/camunda/app/" + app + "/locales/fr.json?bust=7.24.0").expect(200).json();
        assertThat(french.path("labels").path("DASHBOARD_DASHBOARD").asText()).as("servi en UTF-8").isEqualTo("Tableau de bord");
        assertThat(french.path("dateLocales").path("months").get(7).asText()).isEqualTo("août");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
    void everyWebappLoadsOurStylesheetHidingTheCamunda8Banner(String app) throws IOException, InterruptedException {
        HttpResponse<String> styles = served("/camunda/app/" + app + "/styles/user-styles.css?bust=7.24.0");

        assertThat(styles.statusCode()).isEqualTo(200);
        assertThat(styles.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(styles.body()).contains(".ce-eol-banner {", "display: none;");
    }

    /** What the service serves at that path to an anonymous browser, headers included. */
    private HttpResponse<String> served(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
