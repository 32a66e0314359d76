package fr.francetravail.aae.platform;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The forms with lists (« Constituer le groupe », « Inviter les entreprises », « Saisir les résultats de la rencontre »,
 * and the start form « Proposer une opération », whose selects list the counsellor's agency and its region's structures)
 * filled in the real Tasklist by the counsellor in a headless Chromium whose user reads English, and completed with
 * Tasklist's own « Terminer »; refusals shown as French sentences; dates typed and shown as jj/mm/aaaa. The tasks are
 * claimed through the API before the page opens, so that Tasklist renders each form once. Screenshots in
 * {@code target/screenshots/}. Skipped where the Debian packages {@code chromium} and {@code chromium-driver} are not
 * installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistFormsBrowserIT extends ServiceIT {

    private static final String MANAGER = "tf-manager";
    private static final String COUNSELLOR = "tf-conseiller";
    private static final String MEDIATOR = "tf-mediateur";
    private static final LocalDate FIRST_WORKSHOP = LocalDate.of(2027, 3, 22);
    private static final String COMPLETE = "button[ng-click='complete()']";

    /** What the current test typed into text fields, each to be typed again if the form blanked it. */
    private final List<Runnable> typed = new ArrayList<>();

    @LocalServerPort
    private int port;

    private WebDriver browser;
    private WebDriverWait wait;
    private String reference;
    private String processInstance;

    @BeforeAll
    void anOperationWithItsConventionSigned() {
        Scenario scenario = scenario(MANAGER).agency(Agency.of("tf-arras", "Arras"))
                .partner(Partner.of("tf-musee", "Musée des Beaux-Arts d'Arras", "62041000000009").in("HDF", "Arras")
                        .contact("Médiation", "mediation@mba-arras.example"))
                .counsellor(COUNSELLOR, "tf-arras").mediator(MEDIATOR, "tf-musee");
        reference = scenario.propose(COUNSELLOR, Proposal.of("tf-musee", "tf-arras", FIRST_WORKSHOP).venue("Salle des mays", "ARTS_PLASTIQUES")
                .workshops(FIRST_WORKSHOP, 3).employerMeeting(LocalDate.of(2027, 5, 3)).groupSize(6)).reference();
        processInstance = as(ADMIN).get("/engine-rest/process-instance?processDefinitionKey=aae-operation&businessKey=" + reference)
                .expect(200).json().get(0).path("id").asText();
        signConvention(reference, as(COUNSELLOR), as(MEDIATOR), as(MANAGER));
        as(COUNSELLOR).post("/api/operations/" + reference + "/candidates", "{\"candidates\": [" + candidates() + "]}").expect(201);
    }

    @AfterEach
    void closeBrowser() {
        typed.clear();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void aRequiredFieldLeftEmptyIsNamedBeforeAnythingIsSent() {
        String task = openClaimed("Task_BuildCohort");

        press(complete());

        String refusal = notification();
        Chromium.screenshot(browser, "tasklist-champ-obligatoire");
        assertThat(refusal).contains("Formulaire incomplet : « Date de la réunion d'information » est obligatoire.");
        assertThat(field(browser, "Date de la réunion d'information").findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"))
                .getText()).contains("Ce champ est obligatoire.");
        as(COUNSELLOR).get("/engine-rest/task/" + task).expect(200);
    }

    @Test
    @Order(2)
    void aListenersRefusalIsOneFrenchSentenceWithoutTheEnginesWords() {
        String task = openClaimed("Task_BuildCohort");
        typeDate(field(browser, "Date de la réunion d'information"), "02/03/2027");
        // complete for the form; the service refuses a job seeker already among the operation's candidates
        fillCandidate(addRow("Nouveaux candidats"), "8300001A");
        press(complete());

        String refusal = notification();
        Chromium.screenshot(browser, "tasklist-refus-du-service");
        assertThat(refusal).contains("Candidat n° 1 – Identifiant France Travail : le demandeur d'emploi 8300001A est déjà candidat à cette opération")
                .doesNotContain("ENGINE-").doesNotContain("Cannot").doesNotContain("Exception").doesNotContain(task);
        as(COUNSELLOR).get("/engine-rest/task/" + task).expect(200);
    }

    @Test
    @Order(3)
    void theCohortFormCompletesWithTerminerItsDateTypedInFrench() {
        String task = openClaimed("Task_BuildCohort");
        WebElement date = field(browser, "Date de la réunion d'information");
        assertThat(date.getDomAttribute("placeholder")).isEqualTo("jj/mm/aaaa");
        typeDate(date, "02/03/2027");
        assertThat(date.getDomProperty("value")).as("la date affichée").isEqualTo("02/03/2027");

        fillCandidate(addRow("Nouveaux candidats"), "8300006A");
        Chromium.screenshot(browser, "tasklist-constituer-le-groupe");
        WebElement complete = enabledComplete("« Terminer » de Tasklist, une ligne saisie");
        press(complete);

        awaitCompleted(task);
        assertThat(submitted("infoMeetingDate")).isEqualTo("2027-03-02");
        JsonNode added = StreamSupport.stream(as(COUNSELLOR).get("/api/operations/" + reference + "/cohort").expect(200).json().spliterator(), false)
                .filter(candidate -> candidate.path("franceTravailId").asText().equals("8300006A")).findFirst().orElseThrow();
        assertThat(added.path("status").asText()).isNotBlank();
        runDueJobs();
        assertThat(tasks(as(COUNSELLOR), reference, "Task_RecordCandidateDecision")).as("six invitations").hasSize(6);
    }

    @Test
    @Order(4)
    void theEmployersFormCompletesWithTerminer() {
        Http counsellor = as(COUNSELLOR);
        runDueJobs();
        for (JsonNode decision : tasks(counsellor, reference, "Task_RecordCandidateDecision")) {
            counsellor.post("/engine-rest/task/" + decision.path("id").asText() + "/complete",
                    "{\"variables\": {\"candidateDecision\": {\"value\": \"ACCEPTS\"}, \"consent\": {\"value\": true}}}").expect(204);
        }
        runDueJobs();
        as(MANAGER).post("/engine-rest/task/" + singleTask(as(MANAGER), reference, "Task_ValidateCohort") + "/complete",
                "{\"variables\": {\"cohortValidation\": {\"value\": \"VALIDATED\"}}}").expect(204);
        for (int workshop = 1; workshop <= 3; workshop++) {
            executeTimer(processInstance, "Timer_WorkshopEve");
            executeTimer(processInstance, "Timer_WorkshopOver");
            as(MEDIATOR).post("/engine-rest/task/" + singleTask(as(MEDIATOR), reference, "Task_RecordAttendance") + "/complete", "{}").expect(204);
        }
        runDueJobs();
        String task = openClaimed("Task_RegisterEmployers");

        WebElement company = addRow("Nouvelles entreprises");
        type(company, "Nom de l'entreprise", "Boulangerie Formulaire");
        type(company, "Secteur d'activité", "Commerce");
        type(company, "Nom du contact", "Mme Dupont");
        type(company, "E-mail du contact", "rh@boulangerie.example");
        WebElement offer = company.findElement(By.cssSelector(".fjs-repeat-row-container"));
        type(offer, "Intitulé du poste", "Vendeur en boulangerie");
        press(offer.findElement(By.cssSelector(".fjs-form-field-select .fjs-input-group")));
        wait.until(driver -> offer.findElement(By.xpath(".//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='CDI']"))).click();
        Chromium.screenshot(browser, "tasklist-inviter-les-entreprises");
        WebElement complete = enabledComplete("« Terminer » de Tasklist, une entreprise saisie");
        press(complete);

        awaitCompleted(task);
        JsonNode employers = counsellor.get("/api/operations/" + reference + "/employers").expect(200).json();
        assertThat(employers.findValuesAsText("companyName")).containsExactly("Boulangerie Formulaire");
        assertThat(employers.findValuesAsText("contractType")).containsExactly("CDI");
    }

    @Test
    @Order(5)
    void theMeetingResultsFormCompletesWithTerminer() {
        executeTimer(processInstance, "Timer_EmployerMeetingReminder");
        executeTimer(processInstance, "Timer_EmployerMeetingOver");
        String task = openClaimed("Task_RecordMeetingResults");
        // a list without « Ajouter » nor « Retirer » shows its rows one after the other, without a row container
        List<WebElement> interviews = wait.until(driver -> {
            List<WebElement> shown = fields("Entretiens");
            return shown.isEmpty() ? null : shown;
        });
        List<WebElement> offers = fields("Mises en relation");
        assertThat(interviews).as("une ligne par participant").hasSize(6);
        for (int row = 0; row < interviews.size(); row++) {
            replace(interviews.get(row), String.valueOf(row % 3));
            replace(offers.get(row), "1");
        }
        Chromium.screenshot(browser, "tasklist-resultats-de-la-rencontre");
        WebElement complete = enabledComplete("« Terminer » de Tasklist, les résultats saisis");
        press(complete);

        awaitCompleted(task);
        JsonNode results = as(COUNSELLOR).get("/api/operations/" + reference + "/meeting-results").expect(200).json();
        assertThat(results).hasSize(6);
        assertThat(results.findValuesAsText("interviews").stream().mapToInt(Integer::parseInt).sum()).isEqualTo(0 + 1 + 2 + 0 + 1 + 2);
    }

    @Test
    @Order(6)
    void theStartFormOffersTheCounsellorsAgencyAndItsRegionsStructuresInLists() {
        browser = Chromium.start("en-US");
        wait = new WebDriverWait(browser, PATIENCE);
        Chromium.logIn(browser, "http://localhost:" + port + "/camunda/app/tasklist/default/", COUNSELLOR);
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?processStart=aae-operation");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-container .fjs-form-field")));

        assertThat(choose("Agence France Travail", "France Travail Arras")).containsExactly("France Travail Arras");
        assertThat(choose("Structure culturelle", "Musée des Beaux-Arts d'Arras — Arras")).as("les structures de la région")
                .contains("Musée des Beaux-Arts d'Arras — Arras");
        type(browser, "Lieu des ateliers", "Salle des Jésuites");
        choose("Discipline artistique", "Photographie");
        typeDate(field(browser, "Date du premier atelier"), "16/03/2027");
        typeDate(field(browser, "Date de la rencontre avec les employeurs"), "27/04/2027");
        Chromium.screenshot(browser, "tasklist-proposer-une-operation");
        WebElement start = new WebDriverWait(browser, PATIENCE).withMessage("« Démarrer » reste grisé").until(driver -> {
            typed.forEach(Runnable::run);
            WebElement button = driver.findElement(By.cssSelector("button[ng-click='startProcessInstance()']"));
            return button.isEnabled() ? button : null;
        });
        press(start);

        JsonNode proposed = await().atMost(PATIENCE).until(() -> StreamSupport.stream(as(COUNSELLOR).get("/api/operations").expect(200).json()
                .spliterator(), false).filter(operation -> operation.path("venue").asText().equals("Salle des Jésuites")).findFirst(), found -> found.isPresent())
                .orElseThrow();
        assertThat(proposed.path("agencyCode").asText()).isEqualTo("tf-arras");
        assertThat(proposed.path("partnerSlug").asText()).isEqualTo("tf-musee");
    }

    /** Opens the select under this label, chooses this option; returns the options it offered. */
    private List<String> choose(String label, String option) {
        WebElement select = selectField(label);
        press(select.findElement(By.cssSelector(".fjs-input-group")));
        List<WebElement> items = new WebDriverWait(browser, PATIENCE).withMessage("« " + label + " » n'offre aucune option").until(driver -> {
            List<WebElement> shown = select.findElements(By.cssSelector(".fjs-dropdownlist-item"));
            return shown.isEmpty() ? null : shown;
        });
        List<String> offered = items.stream().map(WebElement::getText).toList();
        press(items.stream().filter(item -> item.getText().equals(option)).findFirst()
                .orElseThrow(() -> new AssertionError("« " + option + " » absent de « " + label + " » : " + offered)));
        return offered;
    }

    private WebElement selectField(String label) {
        return wait.until(driver -> driver.findElement(By.xpath("//div[contains(@class,'fjs-form-field-select')][.//label[normalize-space()=\""
                + label + "\" or normalize-space()=\"" + label + "*\"]]")));
    }

    /** Claims the operation's task for the counsellor through the API, then opens it in Tasklist; returns its id. */
    private String openClaimed(String taskKey) {
        Http counsellor = as(COUNSELLOR);
        String task = singleTask(counsellor, reference, taskKey);
        if (counsellor.get("/engine-rest/task/" + task).expect(200).json().path("assignee").isNull()) {
            counsellor.post("/engine-rest/task/" + task + "/claim", "{\"userId\": \"" + COUNSELLOR + "\"}").expect(204);
        }
        browser = Chromium.start("en-US");
        wait = new WebDriverWait(browser, PATIENCE);
        Chromium.logIn(browser, "http://localhost:" + port + "/camunda/app/tasklist/default/", COUNSELLOR);
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container .fjs-form-field")));
        return task;
    }

    /** Clicks as a user would, after scrolling the element to the middle of the pane (the footer covers its bottom). */
    private void press(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private WebElement complete() {
        return browser.findElement(By.cssSelector(COMPLETE));
    }

    /**
     * Tasklist's « Terminer » once enabled. A new row may still be rendering while its first field is typed, and form-js
     * then blanks that field: what was typed and blanked is typed again, as the user would, before « Terminer » is
     * expected enabled.
     */
    private WebElement enabledComplete(String situation) {
        return new WebDriverWait(browser, PATIENCE).withMessage("« Terminer » reste grisé : " + situation).until(driver -> {
            typed.forEach(Runnable::run);
            WebElement complete = complete();
            return complete.isEnabled() ? complete : null;
        });
    }

    /** The form field under this label (a form-js label names its input), within the page or a list's row. */
    private WebElement field(SearchContext within, String label) {
        WebElement shown = wait.until(driver -> within.findElement(By.xpath(".//label[normalize-space()=\"" + label + "\" or normalize-space()=\""
                + label + "*\"]")));
        return browser.findElement(By.id(shown.getDomAttribute("for")));
    }

    /** The fields under this label, in the order of the page (one per row of a list). */
    private List<WebElement> fields(String label) {
        return browser.findElements(By.xpath("//label[normalize-space()=\"" + label + "\" or normalize-space()=\"" + label + "*\"]")).stream()
                .map(shown -> browser.findElement(By.id(shown.getDomAttribute("for")))).toList();
    }

    private void type(SearchContext within, String label, String value) {
        replace(field(within, label), value);
        typed.add(() -> {
            WebElement field = field(within, label);
            if (!value.equals(field.getDomProperty("value"))) {
                replace(field, value);
            }
        });
    }

    private static void replace(WebElement field, String value) {
        field.clear();
        field.sendKeys(value);
    }

    /** Types a date as a user would, then leaves the field (the calendar reads what was typed on leaving). */
    private void typeDate(WebElement field, String date) {
        field.click();
        field.sendKeys(date, Keys.TAB);
    }

    private void fillCandidate(WebElement row, String franceTravailId) {
        type(row, "Identifiant France Travail", franceTravailId);
        type(row, "Nom", "Formulaire");
        type(row, "Prénom", "Camille");
        type(row, "E-mail", "camille.formulaire@example.org");
        type(row, "Année de naissance", "1990");
        typeDate(field(row, "Inscrit(e) à France Travail depuis le"), "05/01/2026");
    }

    /** Adds a row to the list under this label; returns the row. */
    private WebElement addRow(String listLabel) {
        WebElement list = browser.findElement(By.xpath("//*[contains(@class,'fjs-form-field-dynamiclist')][.//*[normalize-space()=\"" + listLabel
                + "\"]]"));
        int rows = list.findElements(By.cssSelector(":scope > * .fjs-repeat-row-container")).size();
        press(list.findElements(By.cssSelector("button.fjs-repeat-render-add")).get(0));
        return wait.until(driver -> {
            List<WebElement> shown = list.findElements(By.cssSelector(".fjs-repeat-row-container"));
            return shown.size() > rows ? shown.get(rows) : null;
        });
    }

    /** The error Tasklist shows after « Terminer » (its notification), once shown. */
    private String notification() {
        return wait.until(driver -> {
            String text = driver.findElement(By.cssSelector(".page-notifications")).getText();
            return text.isBlank() ? null : text;
        });
    }

    private void awaitCompleted(String task) {
        Http admin = as(ADMIN);
        await().atMost(PATIENCE).until(() -> admin.get("/engine-rest/history/task?taskId=" + task).expect(200).json()
                .get(0).path("deleteReason").asText().equals("completed"));
    }

    private String submitted(String variable) {
        return as(ADMIN).get("/engine-rest/history/variable-instance?processInstanceId=" + processInstance + "&variableName=" + variable)
                .expect(200).json().get(0).path("value").asText();
    }

    /** Five candidates added through the API before the form adds a sixth. */
    private static String candidates() {
        return IntStream.rangeClosed(1, 5).mapToObj(n -> """
                {"franceTravailId": "830000%dA", "lastName": "Formulaire%d", "firstName": "Prénom%d", "email": "formulaire%d@example.org",
                 "birthYear": 1985, "registeredSince": "2025-01-10", "rsaBeneficiary": false, "qpvResident": false,
                 "recognisedDisability": false}""".formatted(n, n, n, n)).collect(Collectors.joining(", "));
    }
}
