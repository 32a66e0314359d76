package fr.francetravail.aae.kpi;

import static fr.francetravail.aae.support.Chromium.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import fr.francetravail.aae.support.Chromium;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Scenario;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * The managers' dashboard and Tasklist in a real headless Chromium, driven by Selenium: a manager, logged in once through
 * Tasklist's login, reads the figures of {@code /api/kpis} on the page, drills down to an operation and comes back from
 * Tasklist and Cockpit by their « Pilotage » link; a counsellor completes « Rédiger la convention » through
 * its Camunda Form. Skipped where the Debian packages {@code chromium} and {@code chromium-driver} are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserIT extends ServiceIT {

    private static final String MANAGER = "pl-manager";
    private static final String COUNSELLOR = "pl-conseiller";
    private static final String MEDIATOR = "pl-mediateur";
    private static final String AGENCY = "pl-caen";
    private static final LocalDate FIRST_WORKSHOP = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30);

    @LocalServerPort
    private int port;

    private WebDriver browser;
    private String cohortOperation;
    private String proposedOperation;

    @BeforeAll
    void operations() {
        Scenario scenario = scenario(MANAGER).agency(Agency.of(AGENCY, "Caen").in("NOR").mailbox("caen@francetravail.example"))
                .partner(Partner.of("pl-mmc", "Musée des Beaux-Arts de Caen", "14000000000004").in("NOR", "Caen")
                        .contact("Médiation", "mediation@mba-caen.example"))
                .counsellor(COUNSELLOR, AGENCY).mediator(MEDIATOR, "pl-mmc");
        Http counsellor = as(COUNSELLOR);
        Http manager = as(MANAGER);
        Proposal proposal = Proposal.of("pl-mmc", AGENCY, FIRST_WORKSHOP).venue("Salle des primitifs", "ARTS_PLASTIQUES")
                .workshops(FIRST_WORKSHOP, 3).groupSize(6);

        // One operation with a cohort of six (two long-term job seekers, one senior), another only proposed
        cohortOperation = scenario.propose(COUNSELLOR, proposal).reference();
        signConvention(cohortOperation, counsellor, as(MEDIATOR), manager);
        counsellor.post("/api/operations/" + cohortOperation + "/candidates", "{\"candidates\": [" + candidates() + "]}").expect(201);
        counsellor.post("/engine-rest/task/" + singleTask(counsellor, cohortOperation, "Task_BuildCohort") + "/complete", """
                {"variables": {"infoMeetingDate": {"value": "%s"}, "nonWorkingDaysConfirmed": {"value": true},
                 "candidates": {"type": "Json", "value": "[]"}}}"""
                .formatted(FIRST_WORKSHOP.minusDays(20))).expect(204);
        runDueJobs();
        assertThat(tasks(counsellor, cohortOperation, "Task_RecordCandidateDecision")).hasSize(6);
        for (JsonNode task : tasks(counsellor, cohortOperation, "Task_RecordCandidateDecision")) {
            counsellor.post("/engine-rest/task/" + task.path("id").asText() + "/complete",
                    "{\"variables\": {\"candidateDecision\": {\"value\": \"ACCEPTS\"}, \"consent\": {\"value\": true}}}").expect(204);
        }
        runDueJobs();
        assertThat(tasks(manager, cohortOperation, "Task_ValidateCohort")).hasSize(1);
        manager.post("/engine-rest/task/" + singleTask(manager, cohortOperation, "Task_ValidateCohort") + "/complete",
                "{\"variables\": {\"cohortValidation\": {\"value\": \"VALIDATED\"}}}").expect(204);
        proposedOperation = scenario.propose(COUNSELLOR, proposal).reference();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDashboardIsForManagersOnlyAndItsChartingLibraryForLoggedInUsers() {
        as(null).get("/pilotage/").expect(302);
        as(COUNSELLOR).get("/pilotage/").expect(403);
        as(MEDIATOR).get("/pilotage/pilotage.js").expect(403);
        assertThat(as(MANAGER).get("/pilotage/").expect(200).body()).contains("<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\"");
        as(ADMIN).get("/pilotage/").expect(200);
        as(null).get("/webjars/echarts/5.3.1/dist/echarts.min.js").expect(401);
        assertThat(as(MANAGER).get("/webjars/echarts/5.3.1/dist/echarts.min.js").expect(200).body()).contains("echarts");
    }

    @Test
    void aManagerReadsTheFiguresOfTheApiAndDrillsDownToAnOperation() {
        browser = Chromium.start("fr-FR");
        String filters = "?year=" + FIRST_WORKSHOP.getYear() + "&agency=" + AGENCY;
        JsonNode kpis = as(MANAGER).get("/api/kpis" + filters).expect(200).json();
        // one login: the dashboard sends the browser to Tasklist's login, which sends it back to the page; the page's own
        // requests (script, chart library, /api/kpis) are then answered for the webapps' session
        Chromium.logIn(browser, "http://localhost:" + port + "/pilotage/" + filters, MANAGER);
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.urlToBe("http://localhost:" + port + "/pilotage/" + filters));
        awaitFigures();

        assertThat(browser.findElement(By.id("perimetre")).getText()).isEqualTo(kpis.path("scope").path("label").asText());
        assertRate(row("efficacy.employment"), kpis.at("/efficacy/employment"));
        assertRate(row("efficacy.training"), kpis.at("/efficacy/training"));
        assertRate(row("relevance.served"), kpis.at("/relevance/served"));
        assertRate(row("quality.participants"), kpis.at("/quality/participants"));
        assertRate(row("quality.partners"), kpis.at("/quality/partners"));
        assertRate(row("quality.counsellors"), kpis.at("/quality/counsellors"));
        assertAmount(row("efficiency.costPerParticipant"), kpis.at("/efficiency/costPerParticipant"));
        assertAmount(row("efficiency.costPerEmployment"), kpis.at("/efficiency/costPerEmployment"));
        assertThat(number(text(row("efficacy.employment"), "reference"))).isEqualByComparingTo(percent(kpis.at("/efficacy/reference/employment")));
        assertThat(number(text(row("relevance.served"), "reference"))).isEqualByComparingTo(percent(kpis.at("/relevance/reference")));
        assertThat(number(text(row("efficiency.amountPaid"), "valeur")))
                .isEqualByComparingTo(kpis.at("/efficiency/amountPaid").decimalValue().setScale(2, RoundingMode.HALF_UP));

        List<JsonNode> publics = list(kpis.at("/coherence/publics"));
        assertThat(publics).as("les publics des six participants").isNotEmpty();
        for (JsonNode share : publics) {
            WebElement row = browser.findElement(By.cssSelector("#publics tr[data-public='" + share.path("public").asText() + "']"));
            assertRate(row, share.path("share"));
            assertThat(number(text(row, "reference"))).isEqualByComparingTo(percent(share.path("territoryShare")));
        }
        assertThat(cells("#phases tbody tr", "operations")).isEqualTo(list(kpis.path("phases")).stream()
                .collect(Collectors.toMap(p -> p.path("label").asText(), p -> p.path("operations").asText())));
        assertThat(cells("#deploiement tbody tr", "operations")).isEqualTo(list(kpis.at("/deployment/byYear")).stream()
                .collect(Collectors.toMap(y -> y.path("year").asText(), y -> y.path("operations").asText())));
        assertThat(cells("#deploiement tbody tr", "objectif")).isEqualTo(list(kpis.at("/deployment/byYear")).stream()
                .collect(Collectors.toMap(y -> y.path("year").asText(), y -> y.path("target").asText())));
        assertThat(browser.findElements(By.cssSelector(".graphique canvas"))).as("quatre graphiques ECharts").hasSize(4);
        assertThat(browser.findElement(By.id("export")).getAttribute("href")).endsWith("/api/kpis.csv" + filters);

        // drill-down: the agency's operations, then back through the breadcrumb
        assertThat(list(kpis.path("children")).stream().map(child -> child.path("key").asText()))
                .contains(cohortOperation, proposedOperation);
        browser.findElement(By.cssSelector("#detail tr[data-enfant='" + cohortOperation + "'] a")).click();
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.urlContains("operation=" + cohortOperation));
        awaitFigures();
        JsonNode operation = as(MANAGER).get("/api/kpis" + filters + "&operation=" + cohortOperation).expect(200).json();
        assertThat(browser.findElement(By.id("perimetre")).getText()).isEqualTo(operation.path("scope").path("label").asText());
        assertRate(row("quality.participants"), operation.at("/quality/participants"));
        String processInstanceId = as(ADMIN).get("/engine-rest/process-instance?processDefinitionKey=aae-operation&businessKey="
                + cohortOperation).expect(200).json().get(0).path("id").asText();
        assertThat(browser.findElement(By.id("cockpit")).getAttribute("href"))
                .endsWith("/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime");
        assertThat(browser.findElement(By.id("section-detail")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("#fil [aria-current]")).getText()).isEqualTo(cohortOperation);

        // the operation's fiche, and back
        JsonNode fiche = as(MANAGER).get("/api/operations/" + cohortOperation + "/fiche").expect(200).json();
        browser.findElement(By.id("fiche")).click();
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.attributeToBe(By.id("etat"), "data-charge", "oui"));
        assertThat(browser.findElement(By.id("reference")).getText()).isEqualTo(cohortOperation);
        assertThat(browser.findElement(By.id("phase")).getText()).isEqualTo("Phase : " + fiche.path("phase").asText());
        assertThat(browser.findElements(By.cssSelector("#jalons tbody tr"))).hasSize(fiche.path("timeline").size());
        assertThat(browser.findElements(By.cssSelector("#taches tbody tr"))).hasSize(fiche.path("openTasks").size());
        assertThat(fiche.path("participants").size()).as("le groupe de six, compté par étape").isPositive();
        assertThat(browser.findElements(By.cssSelector("#participants tbody tr"))).hasSize(fiche.path("participants").size());
        Chromium.screenshot(browser, "fiche-operation");
        browser.navigate().back();
        awaitFigures();
        browser.findElement(By.linkText(AGENCY)).click();
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.not(ExpectedConditions.urlContains("operation=")));
        awaitFigures();
        assertThat(browser.findElement(By.id("cockpit")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#detail tr[data-enfant]"))).hasSize(kpis.path("children").size());

        // the same session in Tasklist and Cockpit, each with its way back to the dashboard
        for (String app : List.of("tasklist", "cockpit")) {
            browser.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
            new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.elementToBeClickable(By.linkText("Pilotage"))).click();
            new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.urlToBe("http://localhost:" + port + "/pilotage/"));
            awaitFigures();
        }
    }

    @Test
    void theWayBackAfterTheLoginLeadsToTheDashboardOnly() {
        browser = Chromium.start("fr-FR");
        String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/";
        Chromium.logIn(browser, tasklist + "?retour=/pilotage/../camunda/app/admin/default/", MANAGER);
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Pilotage")));
        assertThat(java.net.URI.create(browser.getCurrentUrl()).getPath()).as("« .. » ne sort pas du pilotage")
                .isEqualTo("/camunda/app/tasklist/default/");
    }

    @Test
    void aCounsellorDraftsTheConventionThroughItsFormInTasklist() {
        browser = Chromium.start("fr-FR");
        String task = singleTask(as(COUNSELLOR), proposedOperation, "Task_DraftConvention");
        String objectives = "Remobiliser par la peinture et la découverte des collections du musée.";
        String plan = "Quatre ateliers de trois heures dans les salles du musée, le jeudi matin.";
        Chromium.logIn(browser, "http://localhost:" + port + "/camunda/app/tasklist/default/", COUNSELLOR);

        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task);
        Chromium.claimOpenTask(browser);
        Chromium.fillUntilKept(browser, Map.of("Objectifs de l'action", objectives, "Programme des ateliers", plan)).click();

        Http admin = as(ADMIN);
        // the browser submits the form on its own: wait for its request to be served
        await().atMost(PATIENCE).until(() -> admin.get("/engine-rest/history/task?taskId=" + task).expect(200).json()
                .get(0).path("deleteReason").asText().equals("completed"));
        JsonNode completed = admin.get("/engine-rest/history/task?taskId=" + task).expect(200).json().get(0);
        assertThat(completed.path("assignee").asText()).isEqualTo(COUNSELLOR);
        assertThat(submitted(completed.path("processInstanceId").asText(), "conventionObjectives")).isEqualTo(objectives);
        assertThat(submitted(completed.path("processInstanceId").asText(), "conventionWorkshopPlan")).isEqualTo(plan);
        assertThat(singleTask(as(MEDIATOR), proposedOperation, "Task_ReviewConvention")).as("la convention part chez la structure").isNotBlank();
        assertThat(browser.findElements(By.linkText("Pilotage"))).as("pas de lien vers le pilotage pour un conseiller").isEmpty();
    }

    private void awaitFigures() {
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.attributeToBe(By.id("etat"), "data-charge", "oui"));
    }

    private String submitted(String processInstanceId, String variable) {
        return as(ADMIN).get("/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId + "&variableName=" + variable)
                .expect(200).json().get(0).path("value").asText();
    }

    private WebElement row(String indicator) {
        return browser.findElement(By.cssSelector("#criteres tr[data-indicateur='" + indicator + "']"));
    }

    /** A rate as the page shows it: percentage, numerator, denominator, and the small-denominator flag. */
    private static void assertRate(WebElement row, JsonNode rate) {
        assertCounts(row, rate);
        if (rate.path("value").isNull()) {
            assertThat(text(row, "valeur")).isEqualTo("—");
        } else {
            assertThat(number(text(row, "valeur"))).isEqualByComparingTo(percent(rate.path("value")));
        }
    }

    private static void assertAmount(WebElement row, JsonNode amount) {
        assertCounts(row, amount);
        if (amount.path("value").isNull()) {
            assertThat(text(row, "valeur")).isEqualTo("—");
        } else {
            assertThat(number(text(row, "valeur"))).isEqualByComparingTo(amount.path("value").decimalValue().setScale(2, RoundingMode.HALF_UP));
        }
    }

    private static void assertCounts(WebElement row, JsonNode rate) {
        assertThat(number(text(row, "numerateur"))).isEqualByComparingTo(rate.path("numerator").decimalValue());
        assertThat(number(text(row, "denominateur"))).isEqualByComparingTo(rate.path("denominator").decimalValue());
        assertThat(row.findElements(By.className("petit-effectif"))).as("petit effectif").hasSize(rate.path("smallDenominator").asBoolean() ? 1 : 0);
    }

    private static String text(WebElement row, String column) {
        return row.findElement(By.className(column)).getText();
    }

    /** The first cell's text of each row, with the text of the column. */
    private Map<String, String> cells(String rows, String column) {
        return browser.findElements(By.cssSelector(rows)).stream().collect(Collectors.toMap(
                row -> row.findElement(By.tagName("td")).getText(), row -> text(row, column).replaceAll("\\s", "")));
    }

    /** A French figure as shown (« 58,3 % », « 2 700,00 € »): its digits and decimal comma. */
    private static BigDecimal number(String shown) {
        return new BigDecimal(shown.replaceAll("[^0-9,]", "").replace(',', '.'));
    }

    private static BigDecimal percent(JsonNode ratio) {
        return ratio.decimalValue().movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    private static List<JsonNode> list(JsonNode array) {
        return IntStream.range(0, array.size()).mapToObj(array::get).toList();
    }

    /** Six candidates: 1 and 2 registered for 20 months (DELD), 3 is 56 (SENIOR). */
    private static String candidates() {
        int year = FIRST_WORKSHOP.getYear();
        return IntStream.rangeClosed(1, 6).mapToObj(n -> """
                {"franceTravailId": "81000%02dA", "lastName": "Pilotage%02d", "firstName": "Prénom%02d", "email": "pilotage%02d@example.org",
                 "phone": "06 12 34 57 %02d", "birthYear": %d, "registeredSince": "%s", "rsaBeneficiary": false, "qpvResident": false,
                 "recognisedDisability": false}"""
                .formatted(n, n, n, n, n, n == 3 ? year - 56 : year - 35, n <= 2 ? FIRST_WORKSHOP.minusMonths(20) : FIRST_WORKSHOP.minusMonths(3)))
                .collect(Collectors.joining(", "));
    }
}
