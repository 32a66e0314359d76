package fr.francetravail.aae.platform;

import static fr.francetravail.aae.support.Chromium.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.francetravail.aae.support.Chromium;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A counsellor's day in the real Tasklist (headless Chromium): « À faire » first, each filter with its number of tasks,
 * no meaningless priority on the cards, and a confirmation once a task is completed, every filter counted again at once.
 * Skipped where the Debian packages
 * {@code chromium} and {@code chromium-driver} are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistFiltersBrowserIT extends ServiceIT {

    private static final String COUNSELLOR = "tv-conseiller";
    private static final String COLLEAGUE = "tv-collegue";
    private static final String AGENCY = "tv-vire";
    private static final List<String> FILTERS = List.of("À faire", "En retard", "Mes opérations");

    @LocalServerPort
    private int port;

    private WebDriver browser;
    private String offered;

    @BeforeAll
    void operations() {
        Scenario scenario = scenario("tv-manager").agency(Agency.of(AGENCY, "Vire").in("NOR"))
                .partner(Partner.of("tv-musee", "Musée de Vire", "14000000000111").in("NOR", "Vire").contact("Accueil", "accueil@vire.example"))
                .counsellor(COUNSELLOR, AGENCY).counsellor(COLLEAGUE, AGENCY);
        LocalDate firstWorkshop = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(40);
        Proposal proposal = Proposal.of("tv-musee", AGENCY, firstWorkshop).workshops(firstWorkshop, 3);
        String taken = scenario.propose(COUNSELLOR, proposal).reference();
        String open = scenario.propose(COUNSELLOR, proposal).reference();
        Http colleague = as(COLLEAGUE);
        colleague.post("/engine-rest/task/" + singleTask(colleague, taken, "Task_DraftConvention") + "/claim",
                "{\"userId\": \"%s\"}".formatted(COLLEAGUE)).expect(204);
        offered = singleTask(as(COUNSELLOR), open, "Task_DraftConvention");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theCounsellorSeesWhatToDoFirstWithEachFiltersCountAndIsToldWhenATaskIsCompleted() {
        Map<String, String> expected = new LinkedHashMap<>();
        FILTERS.forEach(filter -> expected.put(filter, String.valueOf(count(filter))));
        assertThat(expected).as("la tâche prise par le collègue n'est que dans « Mes opérations »")
                .containsExactlyInAnyOrderEntriesOf(Map.of("À faire", "1", "En retard", "0", "Mes opérations", "2"));

        browser = Chromium.start("fr-FR");
        Chromium.logIn(browser, "http://localhost:" + port + "/camunda/app/tasklist/default/", COUNSELLOR);
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        new WebDriverWait(browser, PATIENCE).withMessage(() -> "filtres affichés : " + shownCounts()).until(page -> shownCounts().equals(expected));
        assertThat(shownCounts().keySet()).as("ordre des filtres").containsExactlyElementsOf(FILTERS);
        assertThat(browser.findElement(By.cssSelector(".task-filter.active .name")).getText()).as("filtre ouvert d'emblée").startsWith("À faire");
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tasks-list li.task")));
        assertThat(card.findElement(By.cssSelector(".priority")).isDisplayed()).as("priorité par défaut affichée").isFalse();
        Chromium.screenshot(browser, "tasklist-a-faire");

        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + offered);
        Chromium.claimOpenTask(browser);
        Chromium.fillUntilKept(browser, Map.of("Objectifs de l'action", "Remobiliser par la découverte des collections du musée.",
                "Programme des ateliers", "Trois ateliers de trois heures au musée, le mardi après-midi.")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notifications"), "Tâche terminée"));
        assertThat(browser.findElement(By.cssSelector(".notifications .alert-success")).getText())
                .contains("Tâche terminée", "Votre saisie est enregistrée ; la suite de l'opération est lancée.");
        Chromium.screenshot(browser, "tasklist-tache-terminee");
        assertThat(as(ADMIN).get("/engine-rest/history/task?taskId=" + offered).expect(200).json().get(0).path("deleteReason").asText())
                .isEqualTo("completed");
        Map<String, String> after = Map.of("À faire", "0", "En retard", "0", "Mes opérations", "1");
        new WebDriverWait(browser, PATIENCE).withMessage(() -> "filtres affichés sans recharger la page : " + shownCounts())
                .until(page -> shownCounts().equals(after));
        browser.navigate().refresh();
        new WebDriverWait(browser, PATIENCE).withMessage(() -> "filtres affichés : " + shownCounts()).until(page -> shownCounts().equals(after));
    }

    /** The filters' names and numbers as the filter list shows them, in its order. */
    private Map<String, String> shownCounts() {
        Map<String, String> shown = new LinkedHashMap<>();
        for (WebElement filter : browser.findElements(By.cssSelector(".task-filter"))) {
            String name = filter.findElement(By.cssSelector(".name a")).getText();
            String count = filter.findElement(By.cssSelector(".counter")).getText();
            String label = count.isEmpty() ? name : name.substring(0, name.length() - count.length()).trim();
            if (FILTERS.contains(label)) {
                shown.put(label, count);
            }
        }
        return shown;
    }

    private int count(String filter) {
        Http counsellor = as(COUNSELLOR);
        JsonNode found = counsellor.get("/engine-rest/filter?name=" + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20"))
                .expect(200).json();
        assertThat(found).as(filter).hasSize(1);
        return counsellor.get("/engine-rest/filter/" + found.get(0).path("id").asText() + "/count").expect(200).json().path("count").asInt();
    }
}
