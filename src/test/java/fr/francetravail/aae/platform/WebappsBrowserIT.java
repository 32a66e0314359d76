package fr.francetravail.aae.platform;

import static fr.francetravail.aae.support.Chromium.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.francetravail.aae.support.Chromium;
import fr.francetravail.aae.support.ServiceIT;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cockpit and Admin in a real headless Chromium whose user reads English: their dashboards in French, no English label
 * of the webjar on screen, and no banner urging a migration to Camunda 8. Screenshots in {@code target/screenshots/} for
 * review. Skipped where the Debian packages {@code chromium} and {@code chromium-driver} are not installed.
 */
class WebappsBrowserIT extends ServiceIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    private int port;

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void cockpitShowsItsDashboardInFrenchWithoutTheCamunda8Banner() {
        browser = Chromium.start("en-US");
        Chromium.logIn(browser, "http://localhost:" + port + "/camunda/app/cockpit/default/", ADMIN);

        awaitText("Instances de processus en cours");
        Chromium.screenshot(browser, "cockpit-tableau-de-bord");
        assertThat(text()).contains("Processus", "Décisions", "Tâches utilisateur", "Déploiements", "Incidents ouverts");
        assertFrenchOnlyWithoutBanner("cockpit");
    }

    @Test
    void adminShowsItsDashboardInFrenchWithoutTheCamunda8Banner() {
        browser = Chromium.start("en-US");
        Chromium.logIn(browser, "http://localhost:" + port + "/camunda/app/admin/default/", ADMIN);

        awaitText("Autorisations");
        Chromium.screenshot(browser, "admin-tableau-de-bord");
        assertThat(text()).contains("Utilisateurs", "Groupes", "Locataires", "Système");
        assertFrenchOnlyWithoutBanner("admin");
    }

    private void awaitText(String french) {
        new WebDriverWait(browser, PATIENCE).until(page -> text().contains(french));
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** No label of the webjar's English file on screen (of two words or more, that French writes otherwise), no banner. */
    private void assertFrenchOnlyWithoutBanner(String app) {
        String shown = text();
        List<String> inEnglish = english(app).properties().stream().map(label -> label.getValue().asText().trim())
                .filter(value -> value.contains(" ") && !value.contains("{{") && !WebappTranslationTest.sameInFrench(value) && shown.contains(value))
                .toList();
        assertThat(inEnglish).as("libellés anglais affichés").isEmpty();

        List<WebElement> banners = browser.findElements(By.className("ce-eol-banner"));
        assertThat(banners).as("l'en-tête de Camunda produit toujours le bandeau").isNotEmpty();
        assertThat(banners).as("bandeau « It is time to migrate to Camunda 8 »").noneMatch(WebElement::isDisplayed);
    }

    private static JsonNode english(String app) {
        try (InputStream file = WebappsBrowserIT.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json")) {
            return JSON.readTree(file).path("labels");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
