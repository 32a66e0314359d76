package fr.francetravail.aae.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.francetravail.aae.notification.Outbox;
import fr.francetravail.aae.platform.ExternalTaskWorker;
import fr.francetravail.aae.support.AfdasStub;
import fr.francetravail.aae.support.EmploymentStatusStub;
import fr.francetravail.aae.support.EngineTablesScan;
import fr.francetravail.aae.support.Http;
import fr.francetravail.aae.support.Journey;
import fr.francetravail.aae.support.Journey.Cohort;
import fr.francetravail.aae.support.LogRecorder;
import fr.francetravail.aae.support.Scenario;
import fr.francetravail.aae.support.Scenario.Agency;
import fr.francetravail.aae.support.Scenario.Partner;
import fr.francetravail.aae.support.Scenario.Proposal;
import fr.francetravail.aae.support.ServiceIT;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One operation from its proposal to its closure with 10 participants, through {@code /api}, {@code /engine-rest} and
 * the participants' survey page only: convention, cohort, three workshops, the employer meeting, the bilan and the
 * surveys, then the six-month follow-up of each participant with the status service answering known, unknown (404 or
 * « UNKNOWN »: the counsellor qualifies) and failing (retries, an incident, a retry from Cockpit's API, recovery), and
 * the outcomes stored; in parallel the partner's payment: a manager's validation, one submission to AFDAS, its signed settlement
 * (sent twice), then the closure. Then the cancellation by a manager of a second operation, and a scan of Camunda's tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationLifecycleIT extends ServiceIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String COUNSELLOR = "lc-conseiller";
    private static final String MANAGER = "lc-manager";
    private static final String MEDIATOR = "lc-mediateur";
    private static final String AFDAS_OFFICER = "lc-afdas";
    private static final String PARTNER_EMAIL = "mediation@lc-musee.example";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));
    /** Distinctive enough that finding it anywhere in the engine's tables can only mean a leak. */
    private static final String SURNAME = "Quetzalcoatlus";
    private static final Cohort COHORT = new Cohort("60000", SURNAME, "quetzal");
    private static final Pattern SURVEY_LINK = Pattern.compile("http://localhost:8080/enquete/([A-Za-z0-9_-]+)");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** Logged first, so that the log the last test reads is known to be recorded from the start. */
    private static final String LOG_RECORDED = "OperationLifecycleIT : journal enregistré dès le début";

    @LocalServerPort
    private int port;
    @Autowired
    private ApplicationContext service;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ExternalTaskWorker worker;
    @Autowired
    private ExternalTaskService externalTasks;

    private final EmploymentStatusStub statusService = EmploymentStatusStub.shared();
    private final AfdasStub afdas = AfdasStub.shared();
    private Scenario scenario;
    private Journey journey;
    private LogRecorder log;

    @BeforeAll
    void referenceData() {
        log = LogRecorder.start();
        LoggerFactory.getLogger(OperationLifecycleIT.class).info(LOG_RECORDED);
        scenario = scenario(MANAGER).agency(Agency.of("lc-douai", "Douai").mailbox("douai@francetravail.example"))
                .partner(Partner.of("lc-musee", "Musée de la Chartreuse", "21590178000019").in("HDF", "Douai")
                        .contact("Service des publics", PARTNER_EMAIL))
                .counsellor(COUNSELLOR, "lc-douai").mediator(MEDIATOR, "lc-musee").user(AFDAS_OFFICER, "afdas");
        statusService.reset();
    }

    @Test
    @Order(1)
    void anOperationRunsFromItsProposalToItsClosure() throws Exception {
        Http counsellor = as(COUNSELLOR);
        Http manager = as(MANAGER);
        journey = scenario.journey(proposal(3), COHORT, COUNSELLOR, MEDIATOR, MANAGER);
        String reference = journey.reference();
        String instance = journey.instance();
        journey.signConvention();

        // Phase 2: ten candidates who all accept: the target is reached, a manager validates the cohort.
        journey.buildCohort(1, 10);
        assertThat(tasks(counsellor, reference, "Task_RecordCandidateDecision")).hasSize(10);
        journey.candidatesAccept();
        assertThat(tasks(manager, reference, "Task_ValidateCohort")).hasSize(1);
        journey.validateCohort();
        assertThat(IntStream.rangeClosed(1, 10).mapToLong(journey::enrolment).distinct()).hasSize(10);

        // Phase 3: three workshops, everyone present.
        for (int workshop = 1; workshop <= 3; workshop++) {
            journey.workshop();
        }

        // Phase 4: employers through the API and the form, the reminder, then the results of every participant.
        assertThat(tasks(counsellor, reference, "Task_RegisterEmployers")).hasSize(1);
        assertThat(journey.status()).isEqualTo("EMPLOYER_MEETING");
        journey.registerEmployers();
        assertThat(counsellor.get("/api/operations/" + reference + "/employers").expect(200).json().findValuesAsText("companyName"))
                .containsExactlyInAnyOrder("Boulangeries Dupuis", "Hôpital de Douai");
        journey.employerMeeting().recordMeetingResults();
        assertThat(counsellor.get("/api/operations/" + reference + "/meeting-results").expect(200).json()).hasSize(10);

        // Phase 5: the action ends; bilan, staff surveys, participants' surveys through their links, reminder, closing.
        assertThat(tasks(counsellor, reference, "Task_WriteBilan")).hasSize(1);
        JsonNode operation = counsellor.get("/api/operations/" + reference).expect(200).json();
        assertThat(operation.path("status").asText()).isEqualTo("END_OF_ACTION");
        assertThat(operation.path("actionEndedOn").asText()).isEqualTo(TODAY.toString());
        assertThat(counsellor.get("/api/operations/" + reference + "/cohort").expect(200).json().findValuesAsText("status"))
                .hasSize(10).containsOnly("COMPLETED");
        JsonNode recorded = counsellor.get("/api/operations/" + reference + "/meeting-results").expect(200).json();
        assertThat(recorded.findValuesAsText("hired")).as("les résultats restent lisibles après la fin de l'action : %s", recorded)
                .hasSize(10).containsExactly("true", "true", "true", "false", "false", "false", "false", "false", "false", "false");
        as(MANAGER).post("/api/operations/" + reference + "/cancellation", "{\"reason\": \"Trop tard\"}").expect(409);
        runDueJobs();
        assertThat(jdbc.queryForObject(
                "select count(*) from survey_invitation i join enrolment e on e.id = i.enrolment_id where e.operation_id = ?",
                Integer.class, operation.path("id").asLong())).isEqualTo(10);
        Map<String, String> linkOf = surveyLinks();
        assertThat(linkOf).hasSize(10);
        for (int n = 1; n <= 6; n++) {
            HttpResponse<String> answer = answerSurvey(linkOf.get(COHORT.email(n)), n <= 5 ? "VERY_SATISFIED" : "RATHER_DISSATISFIED");
            assertThat(answer.statusCode()).as("réponse du participant %d", n).isEqualTo(200);
            assertThat(answer.body()).contains("Merci");
        }
        assertThat(answerSurvey(linkOf.get(COHORT.email(1)), "NOT_AT_ALL_SATISFIED").statusCode()).as("lien déjà utilisé").isEqualTo(409);
        journey.recordSurvey(7).bilanAndStaffSurveys();
        smtp.reset();
        journey.surveyReminder();
        Outbox.deliverDue(service);
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(recipients(List.of(smtp.getReceivedMessages()))).as("relance des seuls participants sans réponse")
                .containsExactlyInAnyOrder(COHORT.email(8), COHORT.email(9), COHORT.email(10));
        JsonNode surveys = counsellor.get("/api/operations/" + reference + "/surveys").expect(200).json();
        assertThat(surveys.toString()).contains("PARTICIPANT");
        assertThat(kpis(reference).at("/quality/participants/numerator").asLong()).as("réponses comptées dès leur enregistrement").isEqualTo(6);
        journey.surveysClose();

        // Phase 6: one follow-up per participant; M1, M3, M6 through the status service or the counsellor.
        assertThat(journey.followUps()).hasSize(10);
        assertThat(journey.status()).isEqualTo("FOLLOW_UP");
        journey.situationsKnown();
        for (String checkpoint : List.of("M1", "M3", "M6")) {
            if (checkpoint.equals("M6")) {
                statusService.fails(COHORT.franceTravailId(9));
            }
            journey.checkpoint();
            assertThat(journey.lookUpSituations()).as("recherches abouties au point %s", checkpoint).isEqualTo(checkpoint.equals("M6") ? 9 : 10);
            assertThat(qualificationTasks(counsellor, reference)).hasSize(2);
            assertThat(qualificationTasks(counsellor, reference)).extracting(task -> task.path("name").asText()).containsOnly(
                    "Qualifier la situation à " + (checkpoint.equals("M1") ? "1 mois" : checkpoint.equals("M3") ? "3 mois" : "6 mois"));
            journey.qualifySituations();
        }
        // The status service stays down for participant 9: retries, then an incident; it comes back, an operator retries.
        String failing = externalTaskOf(9).getId();
        for (int attempt = 1; attempt <= 3; attempt++) {
            externalTasks.unlock(failing);
            assertThat(worker.runOnce()).as("tentative %d en échec", attempt).isZero();
        }
        assertThat(externalTasks.createExternalTaskQuery().externalTaskId(failing).singleResult().getRetries()).isZero();
        JsonNode incidents = as(ADMIN).get("/engine-rest/incident?incidentType=failedExternalTask").expect(200).json();
        assertThat(StreamSupport.stream(incidents.spliterator(), false).map(incident -> incident.path("configuration").asText()))
                .as("incident visible dans Cockpit").contains(failing);
        statusService.knows(COHORT.franceTravailId(9), "TEMPORARY_WORK");
        as(ADMIN).send("PUT", "/engine-rest/external-task/" + failing + "/retries", "{\"retries\": 1}").expect(204);
        assertThat(worker.runOnce()).isEqualTo(1);

        // The payment, in parallel: a manager validates, one submission to AFDAS, its signed settlement; then the operation closes.
        runDueJobs();
        assertThat(tasks(manager, reference, "Task_ValidatePayment")).hasSize(1);
        assertThat(journey.status()).as("le suivi est fini, le paiement non").isEqualTo("FOLLOW_UP");
        assertThat(kpis(reference).at("/efficacy/employment/numerator").asLong()).as("situations à 6 mois comptées").isEqualTo(7);
        String validation = singleTask(manager, reference, "Task_ValidatePayment");
        assertThat(manager.get("/engine-rest/task/" + validation + "/form-variables").expect(200).json().path("paymentAmount")
                .path("value").asText()).isEqualTo("2\u202f700,00 EUR");
        journey.validatePayment();
        assertThat(journey.submitPayment()).as("la demande part à l'AFDAS").isEqualTo(1);
        assertThat(afdas.acceptedPayments(reference)).isOne();
        journey.afdasSettles().afdasSettles();
        assertThat(kpis(reference).at("/efficiency/amountPaid").decimalValue()).as("forfait réglé compté").isEqualByComparingTo("2700.00");

        assertThat(as(ADMIN).get("/engine-rest/history/process-instance/" + instance)
                .expect(200).json().path("state").asText()).isEqualTo("COMPLETED");
        assertThat(journey.status()).isEqualTo("CLOSED");
        JsonNode payment = as(AFDAS_OFFICER).get("/api/operations/" + reference + "/payment").expect(200).json();
        assertThat(payment.path("state").asText()).isEqualTo("SETTLED");
        assertThat(payment.path("validatedBy").asText()).isEqualTo(MANAGER);
        assertThat(payment.path("events").findValuesAsText("type")).contains("SUBMITTED", "SETTLED", "DUPLICATE_CALLBACK_IGNORED");
        assertThat(afdas.acceptedPayments(reference)).as("une seule demande acceptée par l'AFDAS").isOne();
        JsonNode outcomes = counsellor.get("/api/operations/" + reference + "/outcomes").expect(200).json();
        assertThat(outcomes).hasSize(10);
        Map<Long, JsonNode> byEnrolment = StreamSupport.stream(outcomes.spliterator(), false)
                .collect(Collectors.toMap(outcome -> outcome.path("enrolmentId").asLong(), outcome -> outcome.path("checkpoints")));
        assertThat(byEnrolment.get(journey.enrolment(1)).findValuesAsText("outcomeClass")).containsExactly("EMPLOYMENT", "EMPLOYMENT", "EMPLOYMENT");
        assertThat(byEnrolment.get(journey.enrolment(4)).findValuesAsText("outcomeClass")).containsExactly("TRAINING", "TRAINING", "TRAINING");
        assertThat(byEnrolment.get(journey.enrolment(5)).findValuesAsText("outcomeClass")).containsExactly("NONE", "NONE", "NONE");
        assertThat(byEnrolment.get(journey.enrolment(7)).findValuesAsText("source")).containsOnly("COUNSELLOR");
        assertThat(byEnrolment.get(journey.enrolment(8)).findValuesAsText("situation")).containsOnly("CDD_UNDER_6_MONTHS");
        assertThat(byEnrolment.get(journey.enrolment(9)).findValuesAsText("situation")).containsExactly("TEMPORARY_WORK", "TEMPORARY_WORK", "TEMPORARY_WORK");
        assertThat(byEnrolment.get(journey.enrolment(9)).findValuesAsText("source")).containsOnly("STATUS_SERVICE");
        long employedAtSixMonths = byEnrolment.values().stream().filter(checkpoints -> checkpoints.get(2).path("outcomeClass").asText()
                .equals("EMPLOYMENT")).count();
        assertThat(employedAtSixMonths).as("1, 2, 3, 7, 8, 9, 10 en emploi à 6 mois").isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from survey_response r join operation o on o.id = r.operation_id where o.reference = ?",
                Integer.class, reference)).as("7 participants, la structure, le conseiller").isEqualTo(9);
        assertThat(jdbc.queryForObject("select written_by from action_review r join operation o on o.id = r.operation_id where o.reference = ?",
                String.class, reference)).isEqualTo(COUNSELLOR);

        // The operation's KPIs, their figures refreshed by each write above: 10 completed, all followed up to M6, participant 4
        // in training; served: a job offer for 1 to 8; satisfied: participants 1 to 5 and 7 of 7, the partner, the counsellor
        JsonNode kpis = kpis(reference);
        assertThat(kpis.at("/efficacy/employment/numerator").asLong()).isEqualTo(employedAtSixMonths);
        assertThat(kpis.at("/efficacy/employment/denominator").asLong()).isEqualTo(10);
        assertThat(kpis.at("/efficacy/training/numerator").asLong()).isOne();
        assertThat(kpis.at("/relevance/served/numerator").asLong()).isEqualTo(8);
        assertThat(kpis.at("/relevance/served/denominator").asLong()).isEqualTo(10);
        assertThat(kpis.at("/efficiency/amountPaid").decimalValue()).isEqualByComparingTo("2700.00");
        assertThat(kpis.at("/coherence/publics/0/share/denominator").asLong()).isEqualTo(10);
        assertThat(kpis.at("/quality/participants/numerator").asLong()).isEqualTo(6);
        assertThat(kpis.at("/quality/participants/denominator").asLong()).isEqualTo(7);
        assertThat(kpis.at("/quality/partners/numerator").asLong()).isOne();
        assertThat(kpis.at("/quality/counsellors/numerator").asLong()).isOne();
        assertThat(kpis.at("/deployment/byYear/0/operations").asLong()).isOne();
        assertThat(kpis.path("phases").findValuesAsText("operations")).containsOnly("0");
    }

    @Test
    @Order(2)
    void aManagerCancelsAnOperationDuringRecruitment() throws Exception {
        Http counsellor = as(COUNSELLOR);
        Journey cancelled = scenario.journey(proposal(2), COHORT, COUNSELLOR, MEDIATOR, MANAGER);
        String reference = cancelled.reference();
        String instance = cancelled.instance();
        cancelled.signConvention().buildCohort(11, 13);
        assertThat(tasks(counsellor, reference, "Task_RecordCandidateDecision")).hasSize(3);
        Outbox.deliverDue(service);
        smtp.reset();

        counsellor.post("/api/operations/" + reference + "/cancellation", "{\"reason\": \"Musée fermé\"}").expect(403);
        JsonNode refused = as(MANAGER).post("/api/operations/" + reference + "/cancellation", "{\"reason\": \" \"}").expect(400).json();
        assertThat(refused.toString()).contains("reason");
        assertThat(cancelled.status()).isEqualTo("RECRUITING");
        as(MANAGER).post("/api/operations/" + reference + "/cancellation",
                "{\"reason\": \"Fermeture du musée pour travaux\"}").expect(200);

        runDueJobs();
        assertThat(as(ADMIN).get("/engine-rest/history/process-instance/" + instance)
                .expect(200).json().path("state").asText()).isEqualTo("COMPLETED");
        JsonNode operation = counsellor.get("/api/operations/" + reference).expect(200).json();
        assertThat(operation.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(operation.path("cancellationReason").asText()).isEqualTo("MANAGER_DECISION");
        assertThat(operation.path("cancellationComment").asText()).isEqualTo("Fermeture du musée pour travaux");
        assertThat(operation.path("cancelledBy").asText()).isEqualTo(MANAGER);
        assertThat(as(ADMIN).get("/engine-rest/task?processInstanceBusinessKey=" + reference).expect(200).json()).as("tâches closes").isEmpty();
        assertThat(counsellor.get("/api/operations/" + reference + "/cohort").expect(200).json().findValuesAsText("status"))
                .hasSize(3).containsOnly("CANCELLED");
        assertThat(Outbox.deliverDue(service)).isEqualTo(4);
        assertThat(recipients(List.of(smtp.getReceivedMessages()))).containsExactlyInAnyOrder(PARTNER_EMAIL, COHORT.email(11), COHORT.email(12),
                COHORT.email(13));
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isNotBlank();
        as(MANAGER).post("/api/operations/" + reference + "/cancellation", "{\"reason\": \"Encore\"}").expect(409);
    }

    /** Nor written to the log, by the service or the engine, while the whole operation and the cancelled one ran. */
    @Test
    @Order(3)
    void noNameOrEmailOfAParticipantOrAnEmployerContactIsStoredByTheEngineOrLogged() {
        assertThat(jdbc.queryForObject("select count(*) from participant where last_name like ?", Integer.class, SURNAME + "%"))
                .as("le domaine garde bien les participants : la recherche sait les trouver").isEqualTo(13);
        assertThat(EngineTablesScan.columnsContaining(jdbc, SURNAME)).as("tables Camunda contenant une donnée personnelle").isEmpty();
        assertThat(log.text()).as("journal de l'opération").contains(LOG_RECORDED)
                .doesNotContain(SURNAME, COHORT.mailbox(), PARTNER_EMAIL)
                .doesNotContain(IntStream.rangeClosed(1, 13).mapToObj(COHORT::franceTravailId).toArray(String[]::new));
    }


    @AfterAll
    void stopRecordingTheLog() {
        log.stop();
    }

    private ExternalTask externalTaskOf(int candidate) {
        return externalTasks.createExternalTaskQuery().topicName("employment-status").list().stream()
                .filter(task -> journey.enrolment(candidate) == as(ADMIN).get("/engine-rest/process-instance/" + task.getProcessInstanceId()
                        + "/variables/enrolmentId").expect(200).json().path("value").asLong())
                .findFirst().orElseThrow();
    }

    private List<JsonNode> qualificationTasks(Http user, String reference) {
        return tasks(user, reference, "Task_QualifySituation");
    }

    private JsonNode kpis(String reference) {
        return as(MANAGER).get("/api/kpis?operation=" + reference).expect(200).json();
    }

    /** Each participant's survey link, from the mails the SMTP server received. */
    /** The survey links received by this cohort (the outbox also delivers what other tests left in it). */
    private Map<String, String> surveyLinks() throws Exception {
        Outbox.deliverDue(service);
        Map<String, String> links = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String recipient = message.getAllRecipients()[0].toString();
            Matcher link = SURVEY_LINK.matcher((String) message.getContent());
            if (recipient.startsWith(COHORT.mailbox()) && link.find()) {
                links.put(recipient, link.group(1));
            }
        }
        return links;
    }

    private HttpResponse<String> answerSurvey(String token, String satisfaction) throws Exception {
        String form = Map.of("satisfaction", satisfaction, "helped", "YES", "recommends", "true").entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/enquete/" + token))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Proposal proposal(int workshops) {
        return Proposal.of("lc-musee", "lc-douai", TODAY.plusDays(20)).venue("Salle capitulaire", "PATRIMOINE")
                .workshops(TODAY.plusDays(20), workshops).employerMeeting(TODAY.plusDays(60));
    }
}
